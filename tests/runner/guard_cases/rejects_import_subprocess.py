# expect: import subprocess 2
import subprocess
