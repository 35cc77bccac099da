// Precompiled header of noiseloss_engine: the LibTorch headers, parsed once per build.
// Only engine .cpp files see these; no public engine header includes LibTorch.
#pragma once

#include <torch/torch.h>
