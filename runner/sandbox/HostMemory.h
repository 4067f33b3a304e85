#pragma once

namespace sandbox {

// What a sandbox host does to the memory its runs are forked from (see docs/security.md, "What the
// runs of one host share").

// Drops the part of this thread's stack below the current frame (the frames of everything that ran
// before: the start-up, the interpreter's initialisation) and zeroes the nearest few pages, so that a
// fork of this process cannot read what they held. Call it from a shallow frame.
void clearDeadStack();

// Gives this process a new stack-protector canary and pointer guard (x86-64 glibc; elsewhere it does
// nothing). Only for a process whose live frames never return (the frames made before the call would
// fail their canary check), and before anything mangles a pointer that is used after the call.
void renewStackGuards();

} // namespace sandbox
