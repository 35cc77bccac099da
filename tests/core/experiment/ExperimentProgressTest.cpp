// Progress output: a bar with an ETA that fits the terminal's width, plain lines for logs.
#include "experiment/ExperimentProgress.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <string>

using namespace noiseloss;

namespace {

std::string drain(std::FILE* file) {
    std::rewind(file);
    std::string text;
    for (int c; (c = std::fgetc(file)) != EOF;)
        text += static_cast<char>(c);
    return text;
}

} // namespace

TEST(ExperimentProgress, BarRedrawsInPlaceWithAnEtaAndFitsTheTerminal) {
    std::FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    ExperimentProgress progress(file, true);
    progress.setColumns(50);
    const std::string label(200, 'x');
    progress.start(4);
    progress.jobSkipped(0, label);
    progress.jobStarted(1, label);
    progress.jobFinished(1, label);
    progress.finish("done");
    const std::string text = drain(file);
    std::fclose(file);
    EXPECT_EQ(text.find("jobs in this shard"), std::string::npos); // no log lines on a terminal
    EXPECT_NE(text.find("2/4 jobs  ETA "), std::string::npos) << text;
    EXPECT_NE(text.find("ETA --"), std::string::npos) << "no ETA before a job has run: " << text;
    // Every redraw starts with "\r\033[K" and stays under 50 columns (a wrapped line cannot be redrawn).
    std::size_t start = 0;
    while ((start = text.find("\r\033[K", start)) != std::string::npos) {
        start += 4;
        const std::size_t end = text.find_first_of("\r\n", start);
        EXPECT_LT((end == std::string::npos ? text.size() : end) - start, 50u);
    }
    EXPECT_NE(text.find("\ndone\n"), std::string::npos);
}

TEST(ExperimentProgress, PlainLinesForLogs) {
    std::FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    ExperimentProgress progress(file, false);
    progress.start(3);
    progress.jobSkipped(0, "a");
    progress.jobStarted(1, "b");
    progress.jobFinished(1, "b");
    progress.finish("summary");
    const std::string text = drain(file);
    std::fclose(file);
    EXPECT_EQ(text.find('\r'), std::string::npos);
    EXPECT_EQ(text.find('\033'), std::string::npos);
    EXPECT_NE(text.find("3 jobs in this shard\n"), std::string::npos) << text;
    EXPECT_NE(text.find("job 1/3 already done: a\n"), std::string::npos) << text;
    EXPECT_NE(text.find("job 2/3 done in "), std::string::npos) << text;
    EXPECT_NE(text.find("(ETA "), std::string::npos) << text;
    EXPECT_NE(text.find("summary\n"), std::string::npos);
    EXPECT_EQ(ExperimentProgress::formatDuration(3725), "1h02m");
    EXPECT_EQ(ExperimentProgress::formatDuration(185), "3m05s");
    EXPECT_EQ(ExperimentProgress::formatDuration(12), "12s");
}
