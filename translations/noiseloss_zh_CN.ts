<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisStyle</name>
    <message>
        <location filename="../widgets/analysis/AnalysisStyle.cpp" line="39"/>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisStyle.cpp" line="41"/>
        <source>Assimilation</source>
        <translation>同化</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisStyle.cpp" line="43"/>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BandTableView</name>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="30"/>
        <source>mean D before the onset (study window)</source>
        <translation>起始点之前的平均 D（原研究窗口）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="32"/>
        <source>region close to the clip start: mean D up to the Peak start</source>
        <translation>区域靠近音频开头：取至峰值开始处的平均 D</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="35"/>
        <source>no scored token before the region: baseline 0</source>
        <translation>区域之前没有已打分的词元：基线为 0</translation>
    </message>
</context>
<context>
    <name>ColourMap</name>
    <message>
        <location filename="../widgets/heatmap/ColourMap.cpp" line="59"/>
        <source>diverging (blue-white-red)</source>
        <translation>发散（蓝-白-红）</translation>
    </message>
</context>
<context>
    <name>GradientMaps</name>
    <message>
        <location filename="../app/gui/grads/GradientMaps.cpp" line="43"/>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientMaps.cpp" line="45"/>
        <source>Perturbed</source>
        <translation>扰动后</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientMaps.cpp" line="47"/>
        <source>Perturbed − original</source>
        <translation>扰动后 − 原始</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/experiment/ExperimentMenu.cpp" line="33"/>
        <source>Open E&amp;xperiment...</source>
        <translation>打开实验(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentMenu.cpp" line="37"/>
        <source>Open an experiment output folder</source>
        <translation>打开实验输出文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentMenu.cpp" line="42"/>
        <source>Open Experiment</source>
        <translation>打开实验</translation>
    </message>
</context>
<context>
    <name>RegionController</name>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="23"/>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="24"/>
        <source>&amp;Noise region</source>
        <translation>噪声区域(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="25"/>
        <source>&amp;Delete region</source>
        <translation>删除区域(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="26"/>
        <source>S&amp;huffle region</source>
        <translation>打乱区域(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="27"/>
        <source>Si&amp;lence region</source>
        <translation>静音区域(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RegionStyle</name>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="24"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="26"/>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="28"/>
        <source>Shuffle</source>
        <translation>打乱</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="30"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="38"/>
        <source>White</source>
        <translation>白噪声</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="40"/>
        <source>Pink</source>
        <translation>粉红噪声</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="42"/>
        <source>Brown</source>
        <translation>布朗噪声</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="44"/>
        <source>Blue</source>
        <translation>蓝噪声</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="46"/>
        <source>Violet</source>
        <translation>紫噪声</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="55"/>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="56"/>
        <source>dB SNR</source>
        <translation>dB 信噪比</translation>
    </message>
    <message>
        <location filename="../widgets/RegionStyle.cpp" line="62"/>
        <source> · L=%1</source>
        <translation> · L=%1</translation>
    </message>
</context>
<context>
    <name>noiseloss::AnalysisController</name>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="20"/>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="22"/>
        <source>Encoding the original</source>
        <translation>正在编码原始音频</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="24"/>
        <source>Scoring the original</source>
        <translation>正在为原始音频打分</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="26"/>
        <source>Rendering the perturbation</source>
        <translation>正在生成扰动</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="28"/>
        <source>Encoding the perturbed clip</source>
        <translation>正在编码扰动后音频</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="30"/>
        <source>Scoring the perturbed clip</source>
        <translation>正在为扰动后音频打分</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="32"/>
        <source>Detecting bands</source>
        <translation>正在检测频段区间</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="45"/>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="47"/>
        <source>Score the original and the perturbed clip and detect the bands (F5)</source>
        <translation>为原始与扰动后音频打分并检测区间 (F5)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="49"/>
        <source>&amp;Cancel Analysis</source>
        <translation>取消分析(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="52"/>
        <source>Re-analyse on &amp;Change</source>
        <translation>更改后重新分析(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="59"/>
        <source>%1… %2 %</source>
        <translation>%1… %2 %</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="64"/>
        <source>Analysis cancelled</source>
        <translation>分析已取消</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="147"/>
        <source>Analysis scheduled…</source>
        <translation>分析已排程…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="155"/>
        <source>Choose a model folder to analyse</source>
        <translation>请选择模型文件夹以进行分析</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="155"/>
        <source>Open a clip to analyse</source>
        <translation>请打开音频以进行分析</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="160"/>
        <source>Analysis queued…</source>
        <translation>分析已排队…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="162"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="185"/>
        <source>Analysed: clip loss %1 → %2 (D %3 nats)</source>
        <translation>分析完成：音频损失 %1 → %2（D %3 奈特）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="193"/>
        <source>Analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="197"/>
        <source>The analysis failed (see the message below)</source>
        <translation>分析失败（见下方消息）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisController.cpp" line="198"/>
        <source>Analysis failed</source>
        <translation>分析失败</translation>
    </message>
</context>
<context>
    <name>noiseloss::AnalysisWorkbench</name>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="47"/>
        <source>Open a clip and choose a model folder to see the loss curves.</source>
        <translation>打开音频并选择模型文件夹以查看损失曲线。</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="51"/>
        <source>Bands</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="56"/>
        <source>Token Inspector</source>
        <translation>词元检查器</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="97"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="100"/>
        <source>Choose &amp;Model Folder…</source>
        <translation>选择模型文件夹(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="101"/>
        <source>Use the Built-in &amp;Demo Model</source>
        <translation>使用内置演示模型(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="108"/>
        <source>NoiseLoss-compatible &amp;Alignment</source>
        <translation>NoiseLoss 兼容对齐(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="110"/>
        <source>Frame t predicts every codebook of frame t+1, as the original study scored</source>
        <translation>第 t 帧预测第 t+1 帧的所有码本，与原研究的打分方式一致</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="114"/>
        <source>Compatibility: Study&apos;s &amp;Index-wise Token Pairing</source>
        <translation>兼容：原研究的按索引词元配对(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="116"/>
        <source>Pair tokens by index and truncate, as the study&apos;s scripts did (wrong after deletions; the default follows the plan&apos;s frame map)</source>
        <translation>按索引配对词元并截断，与原研究脚本的做法一致（存在删除时结果有误；默认按方案的帧映射配对）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="124"/>
        <source>Export Per-Token &amp;CSV…</source>
        <translation>导出逐词元 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="125"/>
        <source>Export Per-Token &amp;NPY…</source>
        <translation>导出逐词元 NPY(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="126"/>
        <source>Export &amp;Bands JSON…</source>
        <translation>导出区间 JSON(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="127"/>
        <source>Export Chart &amp;PNG…</source>
        <translation>导出图表 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="128"/>
        <source>Export Chart &amp;SVG…</source>
        <translation>导出图表 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="152"/>
        <source>Choose a model folder (Hugging Face layout: config.json + model.safetensors)</source>
        <translation>选择模型文件夹（Hugging Face 布局：config.json + model.safetensors）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="168"/>
        <source>There is no analysis to export yet.</source>
        <translation>尚无可导出的分析结果。</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorkbench.cpp" line="178"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>noiseloss::AnalysisWorker</name>
    <message>
        <location filename="../app/gui/analysis/AnalysisWorker.cpp" line="181"/>
        <source>the analysis failed with an unknown error</source>
        <translation>分析因未知错误而失败</translation>
    </message>
</context>
<context>
    <name>noiseloss::BandTableView</name>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="52"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>Mean D</source>
        <translation>平均 D</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>Max D</source>
        <translation>最大 D</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>L orig</source>
        <translation>L 原始</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="53"/>
        <source>L pert</source>
        <translation>L 扰动</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="54"/>
        <source>Mean of D = L_pert − L_orig (nats)</source>
        <translation>D = L_pert − L_orig 的平均值（奈特）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="56"/>
        <source>Mean original loss over the band (nats)</source>
        <translation>区间内原始损失的平均值（奈特）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="58"/>
        <source>Mean perturbed loss over the band (nats)</source>
        <translation>区间内扰动后损失的平均值（奈特）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="89"/>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="102"/>
        <source>D never returned to the baseline for 5 tokens: Peak ends at the fallback o + 45</source>
        <translation>D 未能连续 5 个词元回到基线：峰值在回退位置 o + 45 结束</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="104"/>
        <source>Moving avg.</source>
        <translation>移动平均</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="106"/>
        <source>Affected</source>
        <translation>受影响</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="108"/>
        <source>Recovery (MA)</source>
        <translation>恢复（移动平均）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="123"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="128"/>
        <source>Baseline ⚠</source>
        <translation>基线 ⚠</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="187"/>
        <source>%1 of %2 tokens have a perturbed counterpart</source>
        <translation>%2 个词元中有 %1 个有扰动后的对应词元</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="194"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;No analysis yet&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;尚无分析&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="201"/>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="201"/>
        <source>the perturbation</source>
        <translation>该扰动</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="206"/>
        <source>%1 lowered the loss</source>
        <translation>%1 降低了损失</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="210"/>
        <source>%1 raised the loss</source>
        <translation>%1 提高了损失</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="213"/>
        <source>no change (the plan has no regions)</source>
        <translation>无变化（方案中没有区域）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="213"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="216"/>
        <source>no verdict (a clip has no scored tokens)</source>
        <translation>无法判定（其中一段音频没有已打分的词元）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BandTableView.cpp" line="219"/>
        <source>Clip loss: original &lt;b&gt;%1&lt;/b&gt; → perturbed &lt;b&gt;%2&lt;/b&gt; (D &lt;b&gt;%3&lt;/b&gt; nats) — &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;</source>
        <translation>音频损失：原始 &lt;b&gt;%1&lt;/b&gt; → 扰动后 &lt;b&gt;%2&lt;/b&gt;（D &lt;b&gt;%3&lt;/b&gt; 奈特）— &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>noiseloss::ExperimentBrowser</name>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="27"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="39"/>
        <source>Filter jobs (any column, e.g. pink or shuffle)</source>
        <translation>筛选任务（任意列，例如 pink 或 shuffle）</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="55"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="56"/>
        <source>Figures</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="65"/>
        <source>%1 is not an experiment output folder: it has no results.csv (see noiseloss-cli experiment).</source>
        <translation>%1 不是实验输出文件夹：其中没有 results.csv（参见 noiseloss-cli experiment）。</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="82"/>
        <source>%1: %2 of %3 jobs finished</source>
        <translation>%1：%3 个任务中已完成 %2 个</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="86"/>
        <source>Experiment - %1</source>
        <translation>实验 - %1</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentBrowser.cpp" line="116"/>
        <source>%1: missing or unreadable job.json</source>
        <translation>%1：job.json 缺失或无法读取</translation>
    </message>
</context>
<context>
    <name>noiseloss::ExperimentJobTable</name>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="135"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="135"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="145"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="145"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="145"/>
        <source>Clip</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="146"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="146"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="146"/>
        <source>Onset (s)</source>
        <translation>起始点（秒）</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="147"/>
        <source>Length (tok)</source>
        <translation>长度（词元）</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="147"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="147"/>
        <source>Level (dB)</source>
        <translation>电平 (dB)</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="148"/>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="148"/>
        <source>Block (tok)</source>
        <translation>块（词元）</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="148"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="149"/>
        <source>Clip L diff</source>
        <translation>音频 L 差值</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="149"/>
        <source>Peak D</source>
        <translation>峰值 D</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="149"/>
        <source>Assimilation D</source>
        <translation>同化 D</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="150"/>
        <source>Recovery D</source>
        <translation>恢复 D</translation>
    </message>
    <message>
        <location filename="../app/gui/experiment/ExperimentJobTable.cpp" line="150"/>
        <source>Lowered</source>
        <translation>损失降低</translation>
    </message>
</context>
<context>
    <name>noiseloss::GradientController</name>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="22"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="23"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="34"/>
        <source>Compute &amp;Gradients</source>
        <translation>计算梯度(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="37"/>
        <source>Per-token activation and parameter gradient norms of the analysed clips (Ctrl+F5)</source>
        <translation>计算已分析音频的逐词元激活梯度范数与参数梯度范数 (Ctrl+F5)</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="39"/>
        <source>Cancel Gra&amp;dients</source>
        <translation>取消梯度计算(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="46"/>
        <source>Gradients stopped: a new analysis started</source>
        <translation>梯度计算已停止：新的分析已开始</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="53"/>
        <source>Gradients: loading the model…</source>
        <translation>梯度：正在加载模型…</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="60"/>
        <source>Gradients: %1 targets in %2</source>
        <translation>梯度：%1 个目标，用时 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="70"/>
        <source>Gradients failed: %1</source>
        <translation>梯度计算失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="73"/>
        <source>Gradients failed</source>
        <translation>梯度计算失败</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="79"/>
        <source>Gradients cancelled (partial results kept)</source>
        <translation>梯度计算已取消（已保留部分结果）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="109"/>
        <source>Run the analysis first: the gradients are computed on the tokens it scored.</source>
        <translation>请先运行分析：梯度是基于分析已打分的词元计算的。</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="112"/>
        <source>No analysis to differentiate</source>
        <translation>没有可求梯度的分析结果</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="118"/>
        <source>Wait for the analysis to finish, then compute the gradients</source>
        <translation>请等待分析完成后再计算梯度</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="130"/>
        <source>Gradients queued…</source>
        <translation>梯度计算已排队…</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="186"/>
        <source>Gradients (%1): %2 / %3 targets, %4 elapsed, ~%5 left</source>
        <translation>梯度（%1）：%2 / %3 个目标，已用 %4，剩余约 %5</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="187"/>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientController.cpp" line="187"/>
        <source>perturbed</source>
        <translation>扰动后</translation>
    </message>
</context>
<context>
    <name>noiseloss::GradientPanel</name>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="41"/>
        <source>Gradients &gt; Compute Gradients: per-token gradient norms, layer x module, for the token at the playhead or a band</source>
        <translation>梯度 &gt; 计算梯度：播放头处词元或某一区间的逐词元梯度范数（层 x 模块）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="85"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="89"/>
        <source>Frames: all, T0:T1, every:N or T0:T1+every:N (every N-th frame outside the window)</source>
        <translation>帧：all、T0:T1、every:N 或 T0:T1+every:N（窗口外每隔 N 帧取一帧）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="93"/>
        <source>each codebook</source>
        <translation>每个码本</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="93"/>
        <source>codebooks summed</source>
        <translation>码本求和</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="95"/>
        <source>One target per code, or one per frame with the NLLs of its codebooks summed</source>
        <translation>每个码一个目标，或每帧一个目标（对该帧各码本的 NLL 求和）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="99"/>
        <source>fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="99"/>
        <source>naive (reference)</source>
        <translation>朴素（参考）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="100"/>
        <source>Same numbers; the naive method is the study&apos;s (much slower)</source>
        <translation>结果相同；朴素方法即原研究所用的方法（慢得多）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="105"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="121"/>
        <source>NPY…</source>
        <translation>NPY…</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="122"/>
        <source>Export the gradients as .npy + JSON (the layout of noiseloss-cli grads)</source>
        <translation>将梯度导出为 .npy + JSON（与 noiseloss-cli grads 的布局相同）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="125"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="126"/>
        <source>Export the gradients as CSV tables</source>
        <translation>将梯度导出为 CSV 表格</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="151"/>
        <source>Which tokens the layer x module map averages</source>
        <translation>层 x 模块图对哪些词元取平均</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>q_proj heads</source>
        <translation>q_proj 注意力头</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>k_proj heads</source>
        <translation>k_proj 注意力头</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="157"/>
        <source>v_proj heads</source>
        <translation>v_proj 注意力头</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="158"/>
        <source>out_proj heads</source>
        <translation>out_proj 注意力头</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="159"/>
        <source>Columns of the layer x module map: modules, or the heads of one projection</source>
        <translation>层 x 模块图的列：各模块，或某一投影的各注意力头</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="168"/>
        <source>no normalisation</source>
        <translation>不归一化</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="168"/>
        <source>per row</source>
        <translation>按行归一化</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="168"/>
        <source>per column</source>
        <translation>按列归一化</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="171"/>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="218"/>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="230"/>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="260"/>
        <source>all targets</source>
        <translation>所有目标</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="222"/>
        <source>token %1 (%2 s)</source>
        <translation>词元 %1（%2 秒）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="237"/>
        <source>%1, frames %2–%3</source>
        <translation>%1，帧 %2–%3</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="248"/>
        <source>token at playhead</source>
        <translation>播放头处的词元</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="255"/>
        <source>region %1 %2</source>
        <translation>区域 %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="280"/>
        <source>‖dl/dW‖ layer x module, %1: %2 (%3 targets)</source>
        <translation>‖dl/dW‖ 层 x 模块，%1：%2（%3 个目标）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="284"/>
        <source>Computing gradients…</source>
        <translation>正在计算梯度…</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="285"/>
        <source>No gradient targets at %1</source>
        <translation>%1 中没有梯度目标</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientPanel.cpp" line="289"/>
        <source>‖dl/dh‖ at each token&apos;s own position, layer x time: %1</source>
        <translation>‖dl/dh‖（各词元自身位置处），层 x 时间：%1</translation>
    </message>
</context>
<context>
    <name>noiseloss::GradientWorkbench</name>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="33"/>
        <source>Gradients &gt; Compute Gradients: activation-gradient norms per layer along the clip</source>
        <translation>梯度 &gt; 计算梯度：沿音频时间轴的逐层激活梯度范数</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="38"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="50"/>
        <source>&amp;Gradients</source>
        <translation>梯度(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="56"/>
        <source>Export Gradients as &amp;NPY…</source>
        <translation>将梯度导出为 NPY(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="57"/>
        <source>Export Gradients as &amp;CSV…</source>
        <translation>将梯度导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="64"/>
        <source>There are no gradients to export yet (Gradients &gt; Compute Gradients).</source>
        <translation>尚无可导出的梯度（梯度 &gt; 计算梯度）。</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="69"/>
        <source>Export the gradients into a folder (original/, perturbed/, diff/)</source>
        <translation>将梯度导出到文件夹（original/、perturbed/、diff/）</translation>
    </message>
    <message>
        <location filename="../app/gui/grads/GradientWorkbench.cpp" line="80"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>noiseloss::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap/HeatmapView.cpp" line="115"/>
        <source>No gradients yet</source>
        <translation>尚无梯度</translation>
    </message>
</context>
<context>
    <name>noiseloss::LossChartView</name>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="83"/>
        <source>Mean over the codebooks (the study&apos;s per-token loss) or one codebook</source>
        <translation>码本平均值（原研究的逐词元损失）或单个码本</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="85"/>
        <source>D as bars</source>
        <translation>D 以柱状显示</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="86"/>
        <source>D as line</source>
        <translation>D 以折线显示</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="90"/>
        <source>Smooth </source>
        <translation>平滑 </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="91"/>
        <source> tok</source>
        <translation> 词元</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="92"/>
        <source>Centred moving average over this many tokens (1 = raw)</source>
        <translation>以此词元数做居中移动平均（1 = 原始）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="93"/>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="94"/>
        <source>Perturbed</source>
        <translation>扰动后</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="95"/>
        <source>Bands</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="96"/>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="98"/>
        <source>perturbed</source>
        <translation>扰动后</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="127"/>
        <source>loss (nats)</source>
        <translation>损失（奈特）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="132"/>
        <source>D = L_pert − L_orig</source>
        <translation>D = L_pert − L_orig</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="140"/>
        <source>No analysis yet</source>
        <translation>尚无分析</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="225"/>
        <source>Mean of codebooks</source>
        <translation>码本平均</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="227"/>
        <source>Codebook %1</source>
        <translation>码本 %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="402"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Hover over the plots for values; click a token to inspect it&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;将鼠标悬停在图上查看数值；点击词元进行检查&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="420"/>
        <source>%1 of region %2</source>
        <translation>区域 %2 的%1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="423"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="423"/>
        <source>codebook %1</source>
        <translation>码本 %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="424"/>
        <source>%1 s · token %2 · %3: original %4 · perturbed %5 · D %6</source>
        <translation>%1 秒 · 词元 %2 · %3：原始 %4 · 扰动后 %5 · D %6</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="444"/>
        <source>%1: could not write the PNG image</source>
        <translation>%1：无法写入 PNG 图像</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="455"/>
        <source>NoiseLoss loss chart</source>
        <translation>NoiseLoss 损失图表</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LossChartView.cpp" line="459"/>
        <source>%1: could not write the SVG image</source>
        <translation>%1：无法写入 SVG 图像</translation>
    </message>
</context>
<context>
    <name>noiseloss::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="74"/>
        <source>A · Original</source>
        <translation>A · 原始音频</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Open an audio file (Ctrl+O) or drop one here.</source>
        <translation>打开音频文件 (Ctrl+O) 或将文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="78"/>
        <source>B · Perturbed (live)</source>
        <translation>B · 扰动后（实时）</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <source>Spectrogram · original</source>
        <translation>频谱图 · 原始音频</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>Region Inspector</source>
        <translation>区域检查器</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="115"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>&lt;opened clip&gt;</source>
        <translation>&lt;打开的音频&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="129"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="144"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放至全部(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="159"/>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放至选区(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>Go to &amp;Start</source>
        <translation>转到开头(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="163"/>
        <source>Go to &amp;End</source>
        <translation>转到结尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="166"/>
        <source>S&amp;pectrogram</source>
        <translation>频谱图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;Dismiss Messages</source>
        <translation>关闭所有消息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>&amp;About NoiseLoss</source>
        <translation>关于 NoiseLoss(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>About NoiseLoss</source>
        <translation>关于 NoiseLoss</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>NoiseLoss Workstation %1 (%2)
How music language models react to noise, deletion and shuffling.</source>
        <translation>NoiseLoss 工作站 %1 (%2)
研究音乐语言模型对噪声、删除和打乱的反应。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>Transport</source>
        <translation>播放控制</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="279"/>
        <source>Playhead %1 s · token %2</source>
        <translation>播放头 %1 秒 · 词元 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>   Selection %1–%2 s (%3 tokens)</source>
        <translation>   选区 %1–%2 秒（%3 个词元）</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="289"/>
        <source>   Hearing: B (perturbed)</source>
        <translation>   正在听：B（扰动后）</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>   Hearing: A (original)</source>
        <translation>   正在听：A（原始）</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>No clip</source>
        <translation>无音频</translation>
    </message>
</context>
<context>
    <name>noiseloss::PlaybackController</name>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="19"/>
        <source>&amp;Play / Pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="21"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="24"/>
        <source>&amp;Loop Selection or Region</source>
        <translation>循环选区或区域(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="27"/>
        <source>A/B: hear &amp;perturbed</source>
        <translation>A/B：听扰动后(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="31"/>
        <source>Switch between the original (A) and the perturbed clip (B) at the same position (B)</source>
        <translation>在同一位置切换原始音频 (A) 与扰动后音频 (B)（快捷键 B）</translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="45"/>
        <source>Playback disabled: %1.</source>
        <translation>播放已禁用：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/PlaybackController.cpp" line="47"/>
        <source>Playback disabled in this mode.</source>
        <translation>此模式下播放已禁用。</translation>
    </message>
</context>
<context>
    <name>noiseloss::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="14"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="15"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="20"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="21"/>
        <source>A new language is used the next time NoiseLoss starts.</source>
        <translation>新语言将在下次启动 NoiseLoss 时生效。</translation>
    </message>
</context>
<context>
    <name>noiseloss::RegionController</name>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="62"/>
        <source>Remove Selected Region</source>
        <translation>移除所选区域</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="66"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="68"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="136"/>
        <source>Open an audio file before adding regions.</source>
        <translation>请先打开音频文件再添加区域。</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="150"/>
        <source>Edit refused: %1</source>
        <translation>编辑被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="166"/>
        <source>Add %1 region</source>
        <translation>添加%1区域</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="187"/>
        <source>Move %1 region</source>
        <translation>移动%1区域</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="188"/>
        <source>Resize %1 region</source>
        <translation>调整%1区域大小</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="189"/>
        <source>Edit %1 region</source>
        <translation>编辑%1区域</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="205"/>
        <source>Remove %1 region</source>
        <translation>移除%1区域</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="216"/>
        <source>%1 was not applied: %2</source>
        <translation>%1 未应用：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/RegionController.cpp" line="220"/>
        <source>Load %1</source>
        <translation>载入 %1</translation>
    </message>
</context>
<context>
    <name>noiseloss::RegionInspector</name>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="37"/>
        <source>Select a region to edit it, or drag on the waveform with a region tool to create one.</source>
        <translation>选择一个区域进行编辑，或使用区域工具在波形上拖动以创建区域。</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="46"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="47"/>
        <source>token frames</source>
        <translation>词元帧</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="59"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="60"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="61"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="62"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="63"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="64"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="65"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="66"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="68"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="75"/>
        <source>Study filters (NoiseLoss)</source>
        <translation>原研究滤波器 (NoiseLoss)</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="76"/>
        <source>Exact spectral slope</source>
        <translation>精确频谱斜率</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="78"/>
        <source>Replace (hard splice)</source>
        <translation>替换（硬拼接）</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="79"/>
        <source>Mix (add to signal)</source>
        <translation>混合（叠加到信号）</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="81"/>
        <source>Absolute level (dBFS RMS)</source>
        <translation>绝对电平 (dBFS RMS)</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="82"/>
        <source>SNR to the segment (dB)</source>
        <translation>相对片段的信噪比 (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="83"/>
        <source>SNR to the whole clip (dB)</source>
        <translation>相对整段音频的信噪比 (dB)</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="88"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="89"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="90"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="91"/>
        <source>Level as</source>
        <translation>电平方式</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="92"/>
        <source>Level</source>
        <translation>电平</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="95"/>
        <source>Shuffle</source>
        <translation>打乱</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="98"/>
        <source>Swap adjacent blocks</source>
        <translation>交换相邻块</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="99"/>
        <source>Random adjacent pairs</source>
        <translation>随机相邻块对</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="102"/>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="108"/>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="109"/>
        <source>Block length</source>
        <translation>块长度</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="110"/>
        <source>Fraction covered</source>
        <translation>覆盖比例</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="150"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="159"/>
        <source>%1 s = %2 tokens</source>
        <translation>%1 秒 = %2 个词元</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="170"/>
        <source> dBFS</source>
        <translation> dBFS</translation>
    </message>
    <message>
        <location filename="../widgets/RegionInspector.cpp" line="170"/>
        <source> dB SNR</source>
        <translation> dB 信噪比</translation>
    </message>
</context>
<context>
    <name>noiseloss::SessionController</name>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="37"/>
        <source>&amp;Open Audio…</source>
        <translation>打开音频(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="39"/>
        <source>Open &amp;Session…</source>
        <translation>打开会话(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="41"/>
        <source>&amp;Save Session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="43"/>
        <source>Save Session &amp;As…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="45"/>
        <source>Export &amp;Perturbed Audio…</source>
        <translation>导出扰动后音频(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="46"/>
        <source>Export &amp;Regions…</source>
        <translation>导出区域(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="88"/>
        <source>%1 has changed since the session was saved (different content hash): results may differ.</source>
        <translation>%1 自会话保存后已被修改（内容哈希不同）：结果可能不同。</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="106"/>
        <source>plan %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="117"/>
        <source>Session not opened: %1</source>
        <translation>未能打开会话：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="124"/>
        <source>Where is %1?</source>
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="125"/>
        <location filename="../app/gui/SessionController.cpp" line="258"/>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.ogg *.opus *.mp3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="127"/>
        <source>Session not opened: its audio %1 was moved or deleted.</source>
        <translation>未能打开会话：其音频 %1 已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="153"/>
        <source>Nothing to save: open an audio file first.</source>
        <translation>没有可保存的内容：请先打开音频文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="170"/>
        <source>The perturbed audio is not ready yet; try again in a moment.</source>
        <translation>扰动后音频尚未就绪，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="193"/>
        <source>%1: cannot write the regions (%2)</source>
        <translation>%1：无法写入区域（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="233"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="244"/>
        <source>Recover session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="245"/>
        <source>NoiseLoss did not close normally. Recover the autosaved session?</source>
        <translation>NoiseLoss 上次未正常关闭。要恢复自动保存的会话吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="257"/>
        <source>Open Audio</source>
        <translation>打开音频</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="263"/>
        <source>Open Session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="264"/>
        <location filename="../app/gui/SessionController.cpp" line="273"/>
        <source>NoiseLoss sessions (*.nlsession)</source>
        <translation>NoiseLoss 会话 (*.nlsession)</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="272"/>
        <source>Save Session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="283"/>
        <source>Export Perturbed Audio</source>
        <translation>导出扰动后音频</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="284"/>
        <source>WAV (*.wav);;FLAC (*.flac)</source>
        <translation>WAV (*.wav);;FLAC (*.flac)</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="290"/>
        <source>Export Regions</source>
        <translation>导出区域</translation>
    </message>
    <message>
        <location filename="../app/gui/SessionController.cpp" line="291"/>
        <source>Audacity labels (*.txt);;CSV (*.csv)</source>
        <translation>Audacity 标签 (*.txt);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>noiseloss::StatusArea</name>
    <message>
        <location filename="../widgets/StatusArea.cpp" line="47"/>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>noiseloss::TimeRuler</name>
    <message>
        <location filename="../widgets/TimeRuler.cpp" line="72"/>
        <source>zoom in to see token frames (%1/s)</source>
        <translation>放大以查看词元帧（每秒 %1 帧）</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRuler.cpp" line="114"/>
        <source>t%1</source>
        <translation>t%1</translation>
    </message>
</context>
<context>
    <name>noiseloss::TokenInspectorView</name>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>NLL</source>
        <translation>负对数似然</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="32"/>
        <source>Top-5 codes</source>
        <translation>前 5 个码</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="34"/>
        <source>Rank of the true code (0 = the most likely code)</source>
        <translation>真实码的排名（0 = 最可能的码）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="36"/>
        <source>Entropy of the predictive distribution (nats)</source>
        <translation>预测分布的熵（奈特）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="56"/>
        <source>Click a token in the loss chart to inspect it.</source>
        <translation>在损失图表中点击词元进行检查。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="64"/>
        <source>Token %1 · %2–%3 s · mean NLL original %4, perturbed %5, D %6</source>
        <translation>词元 %1 · %2–%3 秒 · 平均负对数似然 原始 %4，扰动后 %5，D %6</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="72"/>
        <source> · no perturbed counterpart (deleted)</source>
        <translation> · 无扰动后对应词元（已删除）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="74"/>
        <source> · paired with perturbed token %1</source>
        <translation> · 对应扰动后词元 %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="99"/>
        <source>perturbed</source>
        <translation>扰动后</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="99"/>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="117"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/TokenInspectorView.cpp" line="117"/>
        <source>not scored</source>
        <translation>未打分</translation>
    </message>
</context>
</TS>
