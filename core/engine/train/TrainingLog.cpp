#include "engine/train/TrainingLog.h"

#include "util/Error.h"

#include <cstdio>
#include <iostream>

namespace noiseloss {

TrainingLog::TrainingLog(const std::filesystem::path& csvPath) : m_start(std::chrono::steady_clock::now()) {
    const bool fresh = !std::filesystem::exists(csvPath);
    m_file.open(csvPath, std::ios::app);
    if (!m_file)
        throw Error(csvPath.string() + ": cannot open the training log for writing");
    if (fresh)
        m_file << "phase,step,elapsed_seconds,loss,detail_1,detail_2,detail_3,learning_rate\n";
}

void TrainingLog::record(const std::string& phase, int step, double loss, double detail1, double detail2,
                         double detail3, double learningRate) {
    char line[256];
    std::snprintf(line, sizeof line, "%s,%d,%.1f,%.5f,%.5f,%.5f,%.5f,%.3g", phase.c_str(), step,
                  elapsedSeconds(), loss, detail1, detail2, detail3, learningRate);
    m_file << line << "\n";
    m_file.flush();
    std::cout << line << std::endl;
}

void TrainingLog::note(const std::string& text) const {
    std::cout << text << std::endl;
}

double TrainingLog::elapsedSeconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

} // namespace noiseloss
