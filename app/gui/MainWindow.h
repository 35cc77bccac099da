#pragma once

#include <QMainWindow>

class QLabel;

namespace noiseloss {

class AnalysisWorkbench;
class AudioLoader;
class Document;
class GradientWorkbench;
class PaneStack;
class PerturbationPreview;
class PlaybackController;
class RegionController;
class RegionInspector;
class SessionController;
class SpectrogramView;
class StatusArea;
class TimeSync;
class WaveformView;

/// How the window is run.
struct MainWindowOptions {
    bool interactive = true;     ///< false in headless screenshot mode: no dialogs, no recovery prompt
    bool openAudioDevice = true; ///< false: playback disabled without touching PortAudio
};

/// The workstation window. Wiring only: it creates the shared TimeSync, the document and the
/// controllers (which hold the actions), lays out the central stack of time-synchronised panes
/// (ruler, original and perturbed waveforms, spectrogram; analysis panes add themselves with
/// panes()->addPane) and the dock panels (inspector, history), and remembers the layout in QSettings.
/// Errors land in the status area and stay until dismissed. GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
    TimeSync* timeSync() const { return m_sync; }
    RegionController* regions() const { return m_regions; }
    PlaybackController* playback() const { return m_playback; }
    SessionController* session() const { return m_session; }
    PaneStack* panes() const { return m_panes; }
    WaveformView* originalView() const { return m_originalView; }
    WaveformView* perturbedView() const { return m_perturbedView; }
    RegionInspector* inspector() const { return m_inspector; }
    StatusArea* statusArea() const { return m_statusArea; }
    AnalysisWorkbench* analysis() const { return m_analysis; }   ///< loss chart pane, band/token docks
    GradientWorkbench* gradients() const { return m_gradients; } ///< gradient maps, dock and menu

    /// True when nothing is loading or rendering (the headless screenshot waits for this).
    bool isIdle() const;
    void showError(const QString& message);

signals:
    /// A clip could not be opened (already shown in the status area).
    void audioLoadFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPanes();
    void createDocks();
    void createMenus();
    void createToolBars();
    void connectDocument();
    void connectViews(WaveformView* view);
    void updateInspector();
    void updateReadout();
    void updateTitle();
    void restoreLayout();

    MainWindowOptions m_options;
    TimeSync* m_sync;
    Document* m_document;
    AudioLoader* m_loader;
    PerturbationPreview* m_preview;
    RegionController* m_regions;
    PlaybackController* m_playback;
    SessionController* m_session;
    PaneStack* m_panes = nullptr;
    WaveformView* m_originalView = nullptr;
    WaveformView* m_perturbedView = nullptr;
    SpectrogramView* m_spectrogram = nullptr;
    RegionInspector* m_inspector = nullptr;
    StatusArea* m_statusArea = nullptr;
    QLabel* m_readout = nullptr;
    QList<QAction*> m_viewActions;
    AnalysisWorkbench* m_analysis = nullptr;
    GradientWorkbench* m_gradients = nullptr;
};

} // namespace noiseloss
