#pragma once

namespace sandbox {

// Milliseconds on the monotonic clock.
double monotonicMs();

// $CODE_REMOTE_SANDBOX_TRACE=1 prints when each phase of a run starts, to find where start-up time goes.
// The variable is read on the first call.
void trace(const char *phase);

} // namespace sandbox
