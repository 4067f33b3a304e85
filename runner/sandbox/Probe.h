#pragma once

#include "Supervisor.h"

namespace sandbox {

// Runs /bin/true in a full sandbox and reports which layers this machine and user really got.
Outcome probe();

} // namespace sandbox
