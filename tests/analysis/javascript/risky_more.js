// expect time=constant risks=eval_exec,file_deletion,network,system_command
import('child_process').then((m) => m.execSync('id'));
const fs = require('node:fs');
fs.rm('/tmp/x', { recursive: true }, () => {});
fs.rmdirSync('/tmp/y');
const f = Function('return 1');
setTimeout('f()', 10);
require('node:net').connect(80, 'example.org');
