# expect: import socket 2
import socket
