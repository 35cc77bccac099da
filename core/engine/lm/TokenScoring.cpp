#include "engine/lm/TokenScoring.h"

namespace noiseloss {
namespace {

template <typename T> std::vector<T> toVector(const torch::Tensor& tensor) {
    const torch::Tensor cpu = tensor.contiguous().cpu();
    return std::vector<T>(cpu.data_ptr<T>(), cpu.data_ptr<T>() + cpu.numel());
}

} // namespace

void fillTokenStatistics(const torch::Tensor& logits, const torch::Tensor& targets, bool computeTop5,
                         ScoreResult& result) {
    const torch::Tensor logProbabilities = at::log_softmax(logits.to(torch::kFloat32), -1);
    const torch::Tensor index = targets.unsqueeze(-1);
    const torch::Tensor trueLog = logProbabilities.gather(-1, index);
    const torch::Tensor nll = -trueLog.squeeze(-1);
    // p log p with p = 0 must count as 0, not 0 * -inf.
    const torch::Tensor entropy =
        -(logProbabilities.exp() * logProbabilities.clamp_min(std::numeric_limits<float>::lowest())).sum(-1);
    const torch::Tensor rank = (logProbabilities > trueLog).sum(-1).to(torch::kInt32);
    result.codebooks = static_cast<int>(logits.size(0));
    result.columns = logits.size(1);
    result.nll = toVector<float>(nll);
    result.entropy = toVector<float>(entropy);
    result.rank = toVector<std::int32_t>(rank);
    result.top5.clear();
    if (computeTop5) {
        const std::int64_t count = std::min<std::int64_t>(5, logits.size(-1));
        torch::Tensor top = std::get<1>(logProbabilities.topk(count, -1)).to(torch::kInt32);
        if (count < 5)
            top =
                torch::cat({top, torch::full({top.size(0), top.size(1), 5 - count}, -1, top.options())}, -1);
        result.top5 = toVector<std::int32_t>(top);
    }
}

} // namespace noiseloss
