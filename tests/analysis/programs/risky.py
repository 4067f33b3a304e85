# expect risks=eval_exec,system_command,network,file_deletion,dynamic_import,unpickling,unbounded_loop
import os
import pickle
import socket
x = input()
eval(x)
os.system("ls")
os.remove("f")
mod = __import__("json")
data = pickle.loads(b"")
while True:
    pass
