<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisStyle</name>
    <message>
        <location filename="../widgets/analysis/AnalysisStyle.cpp" line="39"/>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisStyle.cpp" line="41"/>
        <source>Assimilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisStyle.cpp" line="43"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandTableView</name>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="30"/>
        <source>mean D before the onset (study window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="32"/>
        <source>region close to the clip start: mean D up to the Peak start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="35"/>
        <source>no scored token before the region: baseline 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourMap</name>
    <message>
        <location filename="../widgets/heatmap/ColourMap.cpp" line="59"/>
        <source>diverging (blue-white-red)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientMaps</name>
    <message>
        <location filename="../app/gui/grads/GradientMaps.cpp" line="43"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientMaps.cpp" line="45"/>
        <source>Perturbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientMaps.cpp" line="47"/>
        <source>Perturbed − original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/experiment/ExperimentMenu.cpp" line="33"/>
        <source>Open E&amp;xperiment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentMenu.cpp" line="37"/>
        <source>Open an experiment output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentMenu.cpp" line="42"/>
        <source>Open Experiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionController</name>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="23"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="24"/>
        <source>&amp;Noise region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="25"/>
        <source>&amp;Delete region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="26"/>
        <source>S&amp;huffle region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="27"/>
        <source>Si&amp;lence region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionStyle</name>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="24"/>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="26"/>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="28"/>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="30"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="38"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="40"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="42"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="44"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="46"/>
        <source>Violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="55"/>
        <source>dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="56"/>
        <source>dB SNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="62"/>
        <source> · L=%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::AnalysisController</name>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="20"/>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="22"/>
        <source>Encoding the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="24"/>
        <source>Scoring the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="26"/>
        <source>Rendering the perturbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="28"/>
        <source>Encoding the perturbed clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="30"/>
        <source>Scoring the perturbed clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="32"/>
        <source>Detecting bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="45"/>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="47"/>
        <source>Score the original and the perturbed clip and detect the bands (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="49"/>
        <source>&amp;Cancel Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="52"/>
        <source>Re-analyse on &amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="59"/>
        <source>%1… %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="64"/>
        <source>Analysis cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="147"/>
        <source>Analysis scheduled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="155"/>
        <source>Choose a model folder to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="155"/>
        <source>Open a clip to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="160"/>
        <source>Analysis queued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="162"/>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="185"/>
        <source>Analysed: clip loss %1 → %2 (D %3 nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="193"/>
        <source>Analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="197"/>
        <source>The analysis failed (see the message below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="198"/>
        <source>Analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::AnalysisWorkbench</name>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="47"/>
        <source>Open a clip and choose a model folder to see the loss curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="51"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="56"/>
        <source>Token Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="97"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="100"/>
        <source>Choose &amp;Model Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="101"/>
        <source>Use the Built-in &amp;Demo Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="108"/>
        <source>NoiseLoss-compatible &amp;Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="110"/>
        <source>Frame t predicts every codebook of frame t+1, as the original study scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="114"/>
        <source>Compatibility: Study&apos;s &amp;Index-wise Token Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="116"/>
        <source>Pair tokens by index and truncate, as the study&apos;s scripts did (wrong after deletions; the default follows the plan&apos;s frame map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="124"/>
        <source>Export Per-Token &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="125"/>
        <source>Export Per-Token &amp;NPY…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="126"/>
        <source>Export &amp;Bands JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="127"/>
        <source>Export Chart &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="128"/>
        <source>Export Chart &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="152"/>
        <source>Choose a model folder (Hugging Face layout: config.json + model.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="168"/>
        <source>There is no analysis to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="178"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::AnalysisWorker</name>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorker.cpp" line="181"/>
        <source>the analysis failed with an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::BandTableView</name>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>Mean D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>Max D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>L orig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>L pert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="54"/>
        <source>Mean of D = L_pert − L_orig (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="56"/>
        <source>Mean original loss over the band (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="58"/>
        <source>Mean perturbed loss over the band (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="89"/>
        <source>R%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="102"/>
        <source>D never returned to the baseline for 5 tokens: Peak ends at the fallback o + 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="104"/>
        <source>Moving avg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="106"/>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="108"/>
        <source>Recovery (MA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="123"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="128"/>
        <source>Baseline ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="187"/>
        <source>%1 of %2 tokens have a perturbed counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="194"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;No analysis yet&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="201"/>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="201"/>
        <source>the perturbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="206"/>
        <source>%1 lowered the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="210"/>
        <source>%1 raised the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="213"/>
        <source>no change (the plan has no regions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="213"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="216"/>
        <source>no verdict (a clip has no scored tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="219"/>
        <source>Clip loss: original &lt;b&gt;%1&lt;/b&gt; → perturbed &lt;b&gt;%2&lt;/b&gt; (D &lt;b&gt;%3&lt;/b&gt; nats) — &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::ExperimentBrowser</name>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="27"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="39"/>
        <source>Filter jobs (any column, e.g. pink or shuffle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="55"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="56"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="65"/>
        <source>%1 is not an experiment output folder: it has no results.csv (see noiseloss-cli experiment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="82"/>
        <source>%1: %2 of %3 jobs finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="86"/>
        <source>Experiment - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="116"/>
        <source>%1: missing or unreadable job.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::ExperimentJobTable</name>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="135"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="135"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="145"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="145"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="145"/>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="146"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="146"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="146"/>
        <source>Onset (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="147"/>
        <source>Length (tok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="147"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="147"/>
        <source>Level (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="148"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="148"/>
        <source>Block (tok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="148"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="149"/>
        <source>Clip L diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="149"/>
        <source>Peak D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="149"/>
        <source>Assimilation D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="150"/>
        <source>Recovery D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="150"/>
        <source>Lowered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::GradientController</name>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="20"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="22"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="23"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="34"/>
        <source>Compute &amp;Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="37"/>
        <source>Per-token activation and parameter gradient norms of the analysed clips (Ctrl+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="39"/>
        <source>Cancel Gra&amp;dients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="46"/>
        <source>Gradients stopped: a new analysis started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="53"/>
        <source>Gradients: loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="60"/>
        <source>Gradients: %1 targets in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="70"/>
        <source>Gradients failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="73"/>
        <source>Gradients failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="79"/>
        <source>Gradients cancelled (partial results kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="109"/>
        <source>Run the analysis first: the gradients are computed on the tokens it scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="112"/>
        <source>No analysis to differentiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="118"/>
        <source>Wait for the analysis to finish, then compute the gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="130"/>
        <source>Gradients queued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="186"/>
        <source>Gradients (%1): %2 / %3 targets, %4 elapsed, ~%5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="187"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="187"/>
        <source>perturbed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::GradientPanel</name>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="41"/>
        <source>Gradients &gt; Compute Gradients: per-token gradient norms, layer x module, for the token at the playhead or a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="85"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="89"/>
        <source>Frames: all, T0:T1, every:N or T0:T1+every:N (every N-th frame outside the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="93"/>
        <source>each codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="93"/>
        <source>codebooks summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="95"/>
        <source>One target per code, or one per frame with the NLLs of its codebooks summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="99"/>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="99"/>
        <source>naive (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="100"/>
        <source>Same numbers; the naive method is the study&apos;s (much slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="105"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="121"/>
        <source>NPY…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="122"/>
        <source>Export the gradients as .npy + JSON (the layout of noiseloss-cli grads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="125"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="126"/>
        <source>Export the gradients as CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="151"/>
        <source>Which tokens the layer x module map averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>q_proj heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>k_proj heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>v_proj heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="158"/>
        <source>out_proj heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="159"/>
        <source>Columns of the layer x module map: modules, or the heads of one projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="168"/>
        <source>no normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="168"/>
        <source>per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="168"/>
        <source>per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="171"/>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="218"/>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="230"/>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="260"/>
        <source>all targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="222"/>
        <source>token %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="237"/>
        <source>%1, frames %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="248"/>
        <source>token at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="255"/>
        <source>region %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="280"/>
        <source>‖dl/dW‖ layer x module, %1: %2 (%3 targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="284"/>
        <source>Computing gradients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="285"/>
        <source>No gradient targets at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="289"/>
        <source>‖dl/dh‖ at each token&apos;s own position, layer x time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::GradientWorkbench</name>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="33"/>
        <source>Gradients &gt; Compute Gradients: activation-gradient norms per layer along the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="38"/>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="50"/>
        <source>&amp;Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="56"/>
        <source>Export Gradients as &amp;NPY…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="57"/>
        <source>Export Gradients as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="64"/>
        <source>There are no gradients to export yet (Gradients &gt; Compute Gradients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="69"/>
        <source>Export the gradients into a folder (original/, perturbed/, diff/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="80"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap/HeatmapView.cpp" line="115"/>
        <source>No gradients yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::LossChartView</name>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="83"/>
        <source>Mean over the codebooks (the study&apos;s per-token loss) or one codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="85"/>
        <source>D as bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="86"/>
        <source>D as line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="90"/>
        <source>Smooth </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="91"/>
        <source> tok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="92"/>
        <source>Centred moving average over this many tokens (1 = raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="93"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="94"/>
        <source>Perturbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="95"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="96"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="98"/>
        <source>perturbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="127"/>
        <source>loss (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="132"/>
        <source>D = L_pert − L_orig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="140"/>
        <source>No analysis yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="225"/>
        <source>Mean of codebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="227"/>
        <source>Codebook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="402"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Hover over the plots for values; click a token to inspect it&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="420"/>
        <source>%1 of region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="423"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="423"/>
        <source>codebook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="424"/>
        <source>%1 s · token %2 · %3: original %4 · perturbed %5 · D %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="444"/>
        <source>%1: could not write the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="455"/>
        <source>NoiseLoss loss chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="459"/>
        <source>%1: could not write the SVG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="74"/>
        <source>A · Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Open an audio file (Ctrl+O) or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="78"/>
        <source>B · Perturbed (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <source>Spectrogram · original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>Region Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="115"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>&lt;opened clip&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="129"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="144"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="159"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>Go to &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="163"/>
        <source>Go to &amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="166"/>
        <source>S&amp;pectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;Dismiss Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>&amp;About NoiseLoss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>About NoiseLoss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>NoiseLoss Workstation %1 (%2)
How music language models react to noise, deletion and shuffling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="279"/>
        <source>Playhead %1 s · token %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>   Selection %1–%2 s (%3 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="289"/>
        <source>   Hearing: B (perturbed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>   Hearing: A (original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>No clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::PlaybackController</name>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="19"/>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="21"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="24"/>
        <source>&amp;Loop Selection or Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="27"/>
        <source>A/B: hear &amp;perturbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="31"/>
        <source>Switch between the original (A) and the perturbed clip (B) at the same position (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="45"/>
        <source>Playback disabled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="47"/>
        <source>Playback disabled in this mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="14"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="15"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="20"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="21"/>
        <source>A new language is used the next time NoiseLoss starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::RegionController</name>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="62"/>
        <source>Remove Selected Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="66"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="68"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="136"/>
        <source>Open an audio file before adding regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="150"/>
        <source>Edit refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="166"/>
        <source>Add %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="187"/>
        <source>Move %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="188"/>
        <source>Resize %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="189"/>
        <source>Edit %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="205"/>
        <source>Remove %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="216"/>
        <source>%1 was not applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="220"/>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::RegionInspector</name>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="37"/>
        <source>Select a region to edit it, or drag on the waveform with a region tool to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="46"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="47"/>
        <source>token frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="59"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="61"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="62"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="63"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="64"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="65"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="66"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="68"/>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="75"/>
        <source>Study filters (NoiseLoss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="76"/>
        <source>Exact spectral slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="78"/>
        <source>Replace (hard splice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="79"/>
        <source>Mix (add to signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="81"/>
        <source>Absolute level (dBFS RMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="82"/>
        <source>SNR to the segment (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="83"/>
        <source>SNR to the whole clip (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="88"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="89"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="90"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="91"/>
        <source>Level as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="92"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="95"/>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="98"/>
        <source>Swap adjacent blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="99"/>
        <source>Random adjacent pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="102"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="108"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="109"/>
        <source>Block length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="110"/>
        <source>Fraction covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="150"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="159"/>
        <source>%1 s = %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="170"/>
        <source> dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="170"/>
        <source> dB SNR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::SessionController</name>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="37"/>
        <source>&amp;Open Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="39"/>
        <source>Open &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="41"/>
        <source>&amp;Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="43"/>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="45"/>
        <source>Export &amp;Perturbed Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="46"/>
        <source>Export &amp;Regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="88"/>
        <source>%1 has changed since the session was saved (different content hash): results may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="106"/>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="117"/>
        <source>Session not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="124"/>
        <source>Where is %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="125"/>
        <location filename="../app/gui/SessionController.cpp" line="258"/>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="127"/>
        <source>Session not opened: its audio %1 was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="153"/>
        <source>Nothing to save: open an audio file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="170"/>
        <source>The perturbed audio is not ready yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="193"/>
        <source>%1: cannot write the regions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="233"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="244"/>
        <source>Recover session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="245"/>
        <source>NoiseLoss did not close normally. Recover the autosaved session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="257"/>
        <source>Open Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="263"/>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="264"/>
        <location filename="../app/gui/SessionController.cpp" line="273"/>
        <source>NoiseLoss sessions (*.nlsession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="272"/>
        <source>Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="283"/>
        <source>Export Perturbed Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="284"/>
        <source>WAV (*.wav);;FLAC (*.flac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="290"/>
        <source>Export Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="291"/>
        <source>Audacity labels (*.txt);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::StatusArea</name>
    <message>
        <location filename="../widgets/StatusArea.cpp" line="47"/>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::TimeRuler</name>
    <message>
        <location filename="../widgets/TimeRuler.cpp" line="72"/>
        <source>zoom in to see token frames (%1/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TimeRuler.cpp" line="114"/>
        <source>t%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>noiseloss::TokenInspectorView</name>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Top-5 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="34"/>
        <source>Rank of the true code (0 = the most likely code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="36"/>
        <source>Entropy of the predictive distribution (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="56"/>
        <source>Click a token in the loss chart to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="64"/>
        <source>Token %1 · %2–%3 s · mean NLL original %4, perturbed %5, D %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="72"/>
        <source> · no perturbed counterpart (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="74"/>
        <source> · paired with perturbed token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="99"/>
        <source>perturbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="99"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="117"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="117"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
