#pragma once

#include "audio/AudioFile.h"
#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <QObject>
#include <QString>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

class QUndoStack;

namespace noiseloss {

/// One opened clip as the workstation holds it.
struct LoadedAudio {
    QString path;       ///< absolute path of the file
    QString sha256;     ///< hex SHA-256 of the file's bytes (session provenance)
    AudioFileInfo info; ///< as stored on disk (rate, channels, format)
    /// The signal every model and view sees: mono, kModelSampleRate. Played back as "A".
    std::shared_ptr<const std::vector<float>> mono;
    int sampleRate = 32000;
    double durationSeconds() const {
        return mono && sampleRate > 0 ? double(mono->size()) / sampleRate : 0.0;
    }
};

/// The workstation's document: the clip, the perturbation plan and its undo history, the model folder
/// and the analysis settings (stored opaquely for the analysis views). Only PlanEditCommand changes
/// the plan, so every plan edit is undoable. GUI thread only.
class Document : public QObject {
    Q_OBJECT
public:
    static constexpr int kModelSampleRate = 32000; ///< EnCodec 32 kHz, 50 token frames per second

    explicit Document(QObject* parent = nullptr);

    bool hasAudio() const { return m_audio.mono != nullptr; }
    const LoadedAudio& audio() const { return m_audio; }
    /// Replaces the clip; clears the plan and the undo history.
    void setAudio(LoadedAudio audio);
    double durationSeconds() const { return m_audio.durationSeconds(); }
    TokenTimeMap tokens() const { return TokenTimeMap{kModelSampleRate, 640}; }

    const PerturbationPlan& plan() const { return m_plan; }
    /// For PlanEditCommand: sets the plan and says which region should be selected afterwards.
    void setPlan(const PerturbationPlan& plan, int selectedRegion);

    QString modelFolder() const { return m_modelFolder; }
    void setModelFolder(const QString& folder) { m_modelFolder = folder; }
    const nlohmann::json& analysisSettings() const { return m_analysisSettings; }
    void setAnalysisSettings(const nlohmann::json& settings) { m_analysisSettings = settings; }

    QUndoStack* undoStack() const { return m_undoStack; }

signals:
    void audioChanged();
    void planChanged(int selectedRegion);

private:
    LoadedAudio m_audio;
    PerturbationPlan m_plan;
    QString m_modelFolder;
    nlohmann::json m_analysisSettings = nlohmann::json::object();
    QUndoStack* m_undoStack;
};

} // namespace noiseloss
