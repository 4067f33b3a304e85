// expect time=constant risks=eval_exec,file_deletion,system_command
const { execSync } = require('child_process');
const fs = require('fs');
execSync('ls');
fs.unlinkSync('x.txt');
eval('1 + 1');
