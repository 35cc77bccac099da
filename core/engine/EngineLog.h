#pragma once

#include "engine/MusicModel.h"

#include <string>

namespace noiseloss {

/// One or two lines for logs after a model was loaded: what was loaded (type, size, codec), the
/// device and thread count, the BLAS LibTorch uses and, if it is the slow reference BLAS, a
/// warning. Any thread.
std::string describeLoadedModel(const MusicModel& model);

} // namespace noiseloss
