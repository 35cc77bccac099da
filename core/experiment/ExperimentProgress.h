#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace noiseloss {

/// Progress of an experiment run on a terminal or a log. Interactive (a terminal): one line
/// redrawn in place, "[#####.....] 12/40 jobs  ETA 3m05s  <label>". Otherwise one plain line per
/// finished or skipped job ("job 12/40 done in 4.1 s: <label>"), which is what SLURM logs want.
/// The ETA extrapolates from the jobs run so far (skipped jobs do not count). Main thread only.
class ExperimentProgress {
public:
    /// `stream` is borrowed (stderr in the CLI). `interactive` usually isatty(fileno(stream)).
    ExperimentProgress(std::FILE* stream, bool interactive);

    /// Width of the terminal in characters (default 80): the bar's line is cut to fit, because a
    /// line that wraps cannot be redrawn in place and the terminal fills with half bars.
    void setColumns(int columns) { m_columns = columns > 20 ? columns : 80; }

    void start(std::size_t jobCount);
    void jobStarted(std::size_t position, const std::string& label);
    void jobSkipped(std::size_t position, const std::string& label);
    void jobFinished(std::size_t position, const std::string& label);
    void finish(const std::string& summary);

    /// "1h02m", "3m05s", "12s".
    static std::string formatDuration(double seconds);

private:
    using Clock = std::chrono::steady_clock;
    void drawBar(std::size_t position, const std::string& label);
    double etaSeconds(std::size_t position) const;

    std::FILE* m_stream;
    bool m_interactive;
    int m_columns = 80;
    std::size_t m_jobCount = 0;
    std::size_t m_ran = 0;
    double m_runSeconds = 0.0;
    Clock::time_point m_jobStart;
};

} // namespace noiseloss
