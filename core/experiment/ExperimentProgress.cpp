#include "experiment/ExperimentProgress.h"

namespace noiseloss {

ExperimentProgress::ExperimentProgress(std::FILE* stream, bool interactive)
    : m_stream(stream), m_interactive(interactive) {}

std::string ExperimentProgress::formatDuration(double seconds) {
    const long total = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof(text), "%ldh%02ldm", total / 3600, (total % 3600) / 60);
    else if (total >= 60)
        std::snprintf(text, sizeof(text), "%ldm%02lds", total / 60, total % 60);
    else
        std::snprintf(text, sizeof(text), "%lds", total);
    return text;
}

void ExperimentProgress::start(std::size_t jobCount) {
    m_jobCount = jobCount;
    if (!m_interactive)
        std::fprintf(m_stream, "%zu jobs in this shard\n", jobCount);
}

double ExperimentProgress::etaSeconds(std::size_t position) const {
    if (m_ran == 0)
        return -1.0;
    return m_runSeconds / static_cast<double>(m_ran) * static_cast<double>(m_jobCount - position);
}

void ExperimentProgress::drawBar(std::size_t position, const std::string& label) {
    constexpr int kWidth = 30;
    const int filled = m_jobCount ? static_cast<int>(kWidth * position / m_jobCount) : kWidth;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kWidth, '.');
    const double eta = etaSeconds(position);
    char head[128];
    std::snprintf(head, sizeof(head), "[%s] %zu/%zu jobs  ETA %s  ", bar.c_str(), position, m_jobCount,
                  eta < 0 ? "--" : formatDuration(eta).c_str());
    std::string line = head;
    const std::size_t room = static_cast<std::size_t>(m_columns - 1); // the last column would wrap
    if (line.size() < room)
        line += label.substr(0, room - line.size());
    else
        line.resize(room);
    std::fprintf(m_stream, "\r\033[K%s", line.c_str());
    std::fflush(m_stream);
}

void ExperimentProgress::jobStarted(std::size_t position, const std::string& label) {
    m_jobStart = Clock::now();
    if (m_interactive)
        drawBar(position, label);
}

void ExperimentProgress::jobSkipped(std::size_t position, const std::string& label) {
    if (m_interactive)
        drawBar(position + 1, label);
    else
        std::fprintf(m_stream, "job %zu/%zu already done: %s\n", position + 1, m_jobCount, label.c_str());
}

void ExperimentProgress::jobFinished(std::size_t position, const std::string& label) {
    const double seconds = std::chrono::duration<double>(Clock::now() - m_jobStart).count();
    m_runSeconds += seconds;
    ++m_ran;
    if (m_interactive) {
        drawBar(position + 1, label);
        return;
    }
    const double eta = etaSeconds(position + 1);
    std::fprintf(m_stream, "job %zu/%zu done in %.1f s (ETA %s): %s\n", position + 1, m_jobCount, seconds,
                 formatDuration(eta).c_str(), label.c_str());
    std::fflush(m_stream);
}

void ExperimentProgress::finish(const std::string& summary) {
    if (m_interactive)
        std::fprintf(m_stream, "\n");
    std::fprintf(m_stream, "%s\n", summary.c_str());
    std::fflush(m_stream);
}

} // namespace noiseloss
