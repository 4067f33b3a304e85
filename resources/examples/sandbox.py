# A program the sandbox stops.
# It looks for SSH keys and tries to reach the network. Press F5: the sandbox lets it see only its own
# folder (inside the sandbox "~" is that folder, not your home) and refuses every network connection.
import os
import socket

for folder in ("~/.ssh", "/root/.ssh", "/home"):
    path = os.path.expanduser(folder)
    try:
        print(path, "holds", os.listdir(path))
    except OSError as error:
        print("Could not read", path, "-", error.strerror)

try:
    socket.create_connection(("1.1.1.1", 443), timeout=5)
    print("Connected to 1.1.1.1!")
except OSError as error:
    print("The network was refused -", error.strerror)
