"""Build step: writes a bundled script as Python source that carries the script's compiled code.

usage: precompile_script.py SCRIPT.py OUTPUT.py NAME

The sandbox runs exactly one source file, which may arrive through a FIFO (the cgroup gate), so a
.pyc cannot be that file: the interpreter recognises bytecode only in a seekable file. Instead the
output is a few lines of source around the marshalled code object (zlib + base64, one bytes literal);
the interpreter tokenizes one string token instead of compiling two thousand lines, which saves most
of the script's start-up. Marshalled code is specific to one Python version: the output refuses to
run under another one, and the product uses it only with the interpreter it was built with (the
realpath written beside it); with any other interpreter it runs the plain script.
"""
import binascii
import marshal
import sys
import zlib


def main():
    source_path, output_path, name = sys.argv[1:4]
    with open(source_path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, name, "exec", dont_inherit=True)
    blob = binascii.b2a_base64(zlib.compress(marshal.dumps(code), 9), newline=False).decode("ascii")
    major, minor = sys.version_info[:2]
    lines = [
        "# %s, compiled for Python %d.%d by precompile_script.py at build time. Generated: do not edit."
        % (name, major, minor),
        "import sys",
        "if sys.version_info[:2] != (%d, %d):" % (major, minor),
        "    sys.exit('%s was precompiled for Python %d.%d: rebuild Code Remote')" % (name, major, minor),
        "import binascii, marshal, zlib",
        "_code = b'%s'" % blob,
        "_code = marshal.loads(zlib.decompress(binascii.a2b_base64(_code)))",
        "exec(_code)",
        "",
    ]
    with open(output_path, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
