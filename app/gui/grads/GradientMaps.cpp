#include "app/gui/grads/GradientMaps.h"

#include "engine/grads/GradientBuckets.h"

#include <QCoreApplication>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace noiseloss {

namespace {

constexpr float kNoValue = std::numeric_limits<float>::quiet_NaN();

QStringList layerLabels(int layers, bool withEmbedding) {
    QStringList labels;
    if (withEmbedding)
        labels << QStringLiteral("emb");
    for (int layer = 1; layer <= layers; ++layer)
        labels << QStringLiteral("L%1").arg(layer);
    return labels;
}

} // namespace

GradientMaps::GradientMaps(const GradientRunData& data) : m_data(data) {
    m_perturbedToOriginal = data.perturbedToOriginal();
    if (data.analysis)
        m_frames = data.analysis->frames();
    if (m_frames <= 0)
        m_frames = data.part(GradientPart::Original).frames;
    m_layers = data.part(GradientPart::Original).layers;
    if (m_layers <= 0) // the layer x token maps arrive before the per-target protocol starts
        m_layers = data.selfMaps[0].layers;
    m_heads = data.model.heads;
}

QString GradientMaps::viewName(GradientView view) {
    switch (view) {
    case GradientView::Original:
        return QCoreApplication::translate("GradientMaps", "Original");
    case GradientView::Perturbed:
        return QCoreApplication::translate("GradientMaps", "Perturbed");
    case GradientView::Difference:
        return QCoreApplication::translate("GradientMaps", "Perturbed − original");
    }
    return {};
}

std::int64_t GradientMaps::originalFrame(GradientPart part, std::int64_t frame) const {
    if (part == GradientPart::Original)
        return frame;
    return frame >= 0 && static_cast<std::size_t>(frame) < m_perturbedToOriginal.size()
               ? m_perturbedToOriginal[static_cast<std::size_t>(frame)]
               : -1;
}

GradientMaps::FrameSums GradientMaps::selfActivationByFrame(GradientPart part) const {
    const SelfPositionNorms& self = m_data.selfMaps[static_cast<std::size_t>(part)];
    if (!self.targets.empty() && self.layers == m_layers) {
        // Every token, from the few-pass map.
        const auto rows = static_cast<std::size_t>(self.layers + 1);
        FrameSums sums;
        sums.sums.assign(static_cast<std::size_t>(m_frames) * rows, 0.0);
        sums.counts.assign(static_cast<std::size_t>(m_frames), 0);
        for (std::size_t j = 0; j < self.targets.size(); ++j) {
            const std::int64_t frame = originalFrame(part, self.targets[j].frame);
            if (frame < 0 || frame >= m_frames)
                continue;
            const auto f = static_cast<std::size_t>(frame);
            ++sums.counts[f];
            for (std::size_t row = 0; row < rows; ++row)
                sums.sums[f * rows + row] += self.at(static_cast<int>(row), j);
        }
        return sums;
    }
    const GradientResult& result = m_data.part(part);
    const auto rows = static_cast<std::size_t>(result.layers + 1);
    FrameSums sums;
    sums.sums.assign(static_cast<std::size_t>(m_frames) * rows, 0.0);
    sums.counts.assign(static_cast<std::size_t>(m_frames), 0);
    for (const TargetGradients& target : result.targets) {
        const std::int64_t frame = originalFrame(part, target.target.frame);
        if (frame < 0 || frame >= m_frames ||
            target.activationNorms.size() != rows * static_cast<std::size_t>(result.positions))
            continue;
        const auto f = static_cast<std::size_t>(frame);
        ++sums.counts[f];
        for (std::size_t row = 0; row < rows; ++row)
            sums.sums[f * rows + row] +=
                target.activationNorms[row * static_cast<std::size_t>(result.positions) +
                                       static_cast<std::size_t>(target.lastPosition)];
    }
    return sums;
}

HeatmapData GradientMaps::layerTime(GradientView view) const {
    HeatmapData map;
    if (m_layers <= 0 || m_frames <= 0 || !m_data.analysis)
        return map;
    const int rows = m_layers + 1;
    map.rows = rows;
    map.columns = static_cast<int>(m_frames);
    map.values.assign(static_cast<std::size_t>(rows) * map.columns, kNoValue);
    map.rowLabels = layerLabels(m_layers, true);
    map.secondsPerColumn = 1.0 / m_data.analysis->tokens.framesPerSecond();
    map.valueName = view == GradientView::Difference ? QStringLiteral("Δ‖dl/dh‖") : QStringLiteral("‖dl/dh‖");

    const FrameSums original = selfActivationByFrame(GradientPart::Original);
    const FrameSums perturbed = selfActivationByFrame(GradientPart::Perturbed);
    for (std::int64_t frame = 0; frame < m_frames; ++frame) {
        const auto f = static_cast<std::size_t>(frame);
        const int originalCount = original.counts[f];
        const int perturbedCount = perturbed.counts[f];
        for (int row = 0; row < rows; ++row) {
            const std::size_t at = f * static_cast<std::size_t>(rows) + static_cast<std::size_t>(row);
            const double originalMean = originalCount > 0 ? original.sums[at] / originalCount : NAN;
            const double perturbedMean = perturbedCount > 0 ? perturbed.sums[at] / perturbedCount : NAN;
            const double value = view == GradientView::Original    ? originalMean
                                 : view == GradientView::Perturbed ? perturbedMean
                                                                   : perturbedMean - originalMean;
            map.values[static_cast<std::size_t>(row) * map.columns + f] = static_cast<float>(value);
        }
    }
    return map;
}

std::vector<char> GradientMaps::framesWithTargets(GradientPart part) const {
    std::vector<char> mask(static_cast<std::size_t>(std::max<std::int64_t>(m_frames, 0)), 0);
    for (const TargetGradients& target : m_data.part(part).targets) {
        const std::int64_t frame = originalFrame(part, target.target.frame);
        if (frame >= 0 && frame < m_frames)
            mask[static_cast<std::size_t>(frame)] = 1;
    }
    return mask;
}

std::optional<std::vector<double>> GradientMaps::meanParameters(GradientPart part, TokenSpan span,
                                                                const std::vector<char>* frameMask,
                                                                std::size_t* count) const {
    const GradientResult& result = m_data.part(part);
    std::vector<double> sums(result.buckets.size(), 0.0);
    std::size_t targets = 0;
    for (const TargetGradients& target : result.targets) {
        const std::int64_t frame = originalFrame(part, target.target.frame);
        if (!span.contains(frame) || target.parameterNorms.size() != sums.size())
            continue;
        if (frameMask && (frame >= static_cast<std::int64_t>(frameMask->size()) ||
                          !(*frameMask)[static_cast<std::size_t>(frame)]))
            continue;
        ++targets;
        for (std::size_t i = 0; i < sums.size(); ++i)
            sums[i] += target.parameterNorms[i];
    }
    if (count)
        *count = targets;
    if (targets == 0)
        return std::nullopt;
    for (double& value : sums)
        value /= static_cast<double>(targets);
    return sums;
}

HeatmapData GradientMaps::layerModule(GradientView view, TokenSpan span, ModuleColumns columns,
                                      std::size_t* targetCount) const {
    HeatmapData map;
    if (targetCount)
        *targetCount = 0;
    if (m_layers <= 0 || m_heads <= 0)
        return map;
    std::optional<std::vector<double>> values;
    if (view == GradientView::Difference) {
        // Only frames both clips have targets for, so the two means cover the same tokens.
        std::vector<char> both = framesWithTargets(GradientPart::Original);
        const std::vector<char> perturbedFrames = framesWithTargets(GradientPart::Perturbed);
        for (std::size_t f = 0; f < both.size(); ++f)
            both[f] = both[f] && perturbedFrames[f];
        std::size_t originalCount = 0;
        const auto original = meanParameters(GradientPart::Original, span, &both, &originalCount);
        const auto perturbed = meanParameters(GradientPart::Perturbed, span, &both, nullptr);
        if (original && perturbed && original->size() == perturbed->size()) {
            values = *perturbed;
            for (std::size_t i = 0; i < values->size(); ++i)
                (*values)[i] -= (*original)[i];
            if (targetCount)
                *targetCount = originalCount;
        }
    } else {
        values =
            meanParameters(view == GradientView::Original ? GradientPart::Original : GradientPart::Perturbed,
                           span, nullptr, targetCount);
    }
    if (!values)
        return map;

    const int codebooks = m_data.part(GradientPart::Original).codebooks;
    const GradientBuckets buckets(m_layers, m_heads, codebooks);
    std::vector<std::function<int(int)>> columnBuckets;
    QStringList labels;
    const auto addHeads = [&](GradientBuckets::Linear linear) {
        for (int head = 0; head < m_heads; ++head) {
            labels << QStringLiteral("h%1").arg(head);
            columnBuckets.push_back(
                [&buckets, linear, head](int layer) { return buckets.attention(layer, linear, head); });
        }
    };
    switch (columns) {
    case ModuleColumns::Modules: {
        const std::array<std::pair<const char*, GradientBuckets::Linear>, 4> linears{
            {{"q_proj", GradientBuckets::Query},
             {"k_proj", GradientBuckets::Key},
             {"v_proj", GradientBuckets::Value},
             {"out_proj", GradientBuckets::Out}}};
        for (const auto& [name, linear] : linears) {
            labels << QString::fromLatin1(name);
            columnBuckets.push_back(
                [&buckets, linear](int layer) { return buckets.attention(layer, linear); });
        }
        labels << QStringLiteral("fc1") << QStringLiteral("fc2");
        columnBuckets.push_back([&buckets](int layer) { return buckets.fc1(layer); });
        columnBuckets.push_back([&buckets](int layer) { return buckets.fc2(layer); });
        const std::array<std::pair<const char*, GradientBuckets::LayerNormPart>, 4> norms{
            {{"attn_ln.w", GradientBuckets::SelfNormWeight},
             {"attn_ln.b", GradientBuckets::SelfNormBias},
             {"ffn_ln.w", GradientBuckets::FfnNormWeight},
             {"ffn_ln.b", GradientBuckets::FfnNormBias}}};
        for (const auto& [name, part] : norms) {
            labels << QString::fromLatin1(name);
            columnBuckets.push_back([&buckets, part](int layer) { return buckets.layerNorm(layer, part); });
        }
        break;
    }
    case ModuleColumns::QueryHeads:
        addHeads(GradientBuckets::Query);
        break;
    case ModuleColumns::KeyHeads:
        addHeads(GradientBuckets::Key);
        break;
    case ModuleColumns::ValueHeads:
        addHeads(GradientBuckets::Value);
        break;
    case ModuleColumns::OutHeads:
        addHeads(GradientBuckets::Out);
        break;
    }

    map.rows = m_layers;
    map.columns = static_cast<int>(columnBuckets.size());
    map.rowLabels = layerLabels(m_layers, false);
    map.columnLabels = labels;
    map.valueName = view == GradientView::Difference ? QStringLiteral("Δ‖dl/dW‖") : QStringLiteral("‖dl/dW‖");
    map.values.resize(static_cast<std::size_t>(map.rows) * map.columns, kNoValue);
    for (int layer = 0; layer < m_layers; ++layer)
        for (int column = 0; column < map.columns; ++column) {
            const int bucket = columnBuckets[static_cast<std::size_t>(column)](layer);
            if (bucket >= 0 && static_cast<std::size_t>(bucket) < values->size())
                map.values[static_cast<std::size_t>(layer) * map.columns + column] =
                    static_cast<float>((*values)[static_cast<std::size_t>(bucket)]);
        }
    return map;
}

} // namespace noiseloss
