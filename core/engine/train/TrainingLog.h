#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

namespace noiseloss {

/// Appends training records to a CSV file (header written once, for a new file) and echoes each
/// record as one line on stdout. Columns: phase, step, elapsed_seconds, loss, detail_1..3, lr.
/// Not thread-safe.
class TrainingLog {
public:
    explicit TrainingLog(const std::filesystem::path& csvPath);

    /// One record; `details` are phase-specific numbers (e.g. L1, STFT distance, commitment).
    void record(const std::string& phase, int step, double loss, double detail1, double detail2,
                double detail3, double learningRate);
    /// A free-form line to stdout (and as a comment-free note nowhere else).
    void note(const std::string& text) const;
    /// Seconds since this log was opened.
    double elapsedSeconds() const;

private:
    std::ofstream m_file;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace noiseloss
