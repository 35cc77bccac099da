// `noiseloss-cli make-random-checkpoint --out DIR`: a MusicGen + EnCodec folder in Hugging Face
// layout with random weights of any shape (default musicgen-small), for benchmarks and tests.
#include "ArgParser.h"
#include "CliCommand.h"
#include "engine/RandomCheckpoint.h"

#include <iostream>

namespace noiseloss::cli {
namespace {

int runMakeRandomCheckpoint(const std::vector<std::string>& args) {
    ArgParser parser("make-random-checkpoint",
                     "Write a MusicGen checkpoint (config.json + model.safetensors) with random weights.");
    parser.addOption("out", "DIR", "output folder (created)");
    parser.addOption("d-model", "D", "decoder hidden size", "1024");
    parser.addOption("layers", "N", "decoder layers", "24");
    parser.addOption("heads", "H", "attention heads", "16");
    parser.addOption("ffn", "F", "feed-forward width", "4096");
    parser.addOption("codebook-size", "V", "codes per codebook", "2048");
    parser.addOption("codebooks", "K", "codebooks", "4");
    parser.addOption("encodec-filters", "F", "EnCodec num_filters (64 = the real width, 0 = no codec)", "64");
    parser.addOption("seed", "S", "random seed", "0");
    parser.addOption("dtype", "T", "f32 or f16", "f32");
    if (!parser.parse(args))
        return 0;
    RandomCheckpointSpec spec;
    spec.dModel = parser.integer("d-model");
    spec.layers = parser.integer("layers");
    spec.heads = parser.integer("heads");
    spec.ffnDim = parser.integer("ffn");
    spec.codebookSize = parser.integer("codebook-size");
    spec.codebooks = parser.integer("codebooks");
    spec.encodecFilters = parser.integer("encodec-filters");
    spec.seed = static_cast<std::uint64_t>(parser.integer("seed"));
    spec.float16 = parseRandomCheckpointDtype(parser.value("dtype"));
    const RandomCheckpointSummary summary = writeRandomCheckpoint(parser.value("out"), spec);
    std::cerr << "wrote " << summary.tensors << " tensors (" << summary.parameters / 1e6 << " M parameters, "
              << summary.bytes / 1e6 << " MB) to " << parser.value("out") << "\n";
    return 0;
}

const CliCommandRegistration kRegistration{{"make-random-checkpoint",
                                            "Write a random-weight MusicGen checkpoint (benchmarks, tests)",
                                            runMakeRandomCheckpoint}};

} // namespace
} // namespace noiseloss::cli
