#include "AudioLoader.h"

#include "audio/Resampler.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace noiseloss {

AudioLoader::AudioLoader(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_running = false; // isRunning() turns false before this slot runs: busy ends here
        if (outcome.error.isEmpty())
            emit loaded(outcome.audio);
        else
            emit failed(m_path, outcome.error);
    });
}

AudioLoader::~AudioLoader() {
    m_watcher.waitForFinished();
}

LoadedAudio AudioLoader::loadNow(const QString& path) {
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        throw Error(path.toStdString() + ": file not found");
    LoadedAudio audio;
    audio.path = fileInfo.absoluteFilePath();
    const std::filesystem::path filePath = audio.path.toStdString();
    audio.info = probeAudioFile(filePath);
    const AudioBuffer decoded = loadAudioFile(filePath);
    AudioBuffer mono = prepareForModel(decoded, Document::kModelSampleRate);
    if (mono.empty())
        throw Error(path.toStdString() + ": the file contains no audio samples");
    audio.sampleRate = mono.sampleRate;
    audio.mono = std::make_shared<const std::vector<float>>(std::move(mono.samples));
    QFile file(audio.path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(path.toStdString() + ": cannot read the file to hash it (" +
                    file.errorString().toStdString() + ")");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    audio.sha256 = QString::fromLatin1(hash.result().toHex());
    return audio;
}

void AudioLoader::load(const QString& path) {
    m_path = path;
    m_running = true;
    if (m_watcher.isRunning())
        m_watcher.waitForFinished(); // decoding is not cancellable; the superseded result is dropped below
    m_watcher.setFuture(QtConcurrent::run([path] {
        Outcome outcome;
        try {
            outcome.audio = loadNow(path);
        } catch (const std::exception& error) {
            outcome.error = QString::fromStdString(error.what());
        }
        return outcome;
    }));
}

} // namespace noiseloss
