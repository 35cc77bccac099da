# Runs `noiseloss-cli analyze` on the tiny fixture with a noise + delete plan and checks the output
# folder: score folders, diff.npy shape, bands.json contents and meta.json provenance.
# Arguments: -DCLI=... -DMODEL_DIR=... -DWORK_DIR=...
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/plan.json" [[
{"regions": [
  {"kind": "noise", "start": 0.2, "end": 0.4, "color": "pink", "level_dbfs": -6, "mode": "replace", "seed": 3},
  {"kind": "delete", "start": 0.8, "end": 1.0}
], "allow_overlap": false}
]])

execute_process(
  COMMAND "${CLI}" analyze "${MODEL_DIR}" "${MODEL_DIR}/clip.wav" --plan "${WORK_DIR}/plan.json"
          --out "${WORK_DIR}/out" --threads 1
  RESULT_VARIABLE status OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "analyze failed (${status}):\n${stdout}\n${stderr}")
endif()

set(out "${WORK_DIR}/out")
foreach(file original/codes.npy original/nll.npy original/entropy.npy original/summary.json
             perturbed/codes.npy perturbed/nll.npy perturbed/summary.json diff.npy index_map.npy
             perturbed.wav bands.json meta.json)
  if(NOT EXISTS "${out}/${file}")
    message(FATAL_ERROR "analyze did not write ${file}")
  endif()
endforeach()

# diff.npy: float32 [K, T_orig] with the original frame count of original/codes.npy.
file(READ "${out}/original/codes.npy" codesHeader OFFSET 10 LIMIT 118)
string(REGEX MATCH "'shape': \\(([0-9]+), ([0-9]+)\\)" _ "${codesHeader}")
set(codebooks ${CMAKE_MATCH_1})
set(frames ${CMAKE_MATCH_2})
file(READ "${out}/diff.npy" diffHeader OFFSET 10 LIMIT 118)
if(NOT diffHeader MATCHES "'descr': '<f4'.*'shape': \\(${codebooks}, ${frames}\\)")
  message(FATAL_ERROR "diff.npy is not float32 [${codebooks}, ${frames}]: ${diffHeader}")
endif()
file(READ "${out}/perturbed/codes.npy" perturbedHeader OFFSET 10 LIMIT 118)
math(EXPR perturbedFrames "${frames} - 10")
if(NOT perturbedHeader MATCHES "'shape': \\(${codebooks}, ${perturbedFrames}\\)")
  message(FATAL_ERROR "perturbed codes should have ${perturbedFrames} frames after the deletion: ${perturbedHeader}")
endif()

# bands.json: two regions (noise at token 10, delete at token 40), bands in original token frames.
file(READ "${out}/bands.json" bands)
string(JSON regionCount LENGTH "${bands}" regions)
if(NOT regionCount EQUAL 2)
  message(FATAL_ERROR "bands.json: expected 2 regions, got ${regionCount}")
endif()
string(JSON onset0 GET "${bands}" regions 0 onset_token)
string(JSON onset1 GET "${bands}" regions 1 onset_token)
string(JSON peakStart GET "${bands}" regions 0 peak start)
string(JSON recoveryEnd GET "${bands}" regions 0 recovery end)
string(JSON lowered GET "${bands}" clip lowered)
string(JSON meanOriginal GET "${bands}" clip mean_loss_original)
string(JSON meanD TYPE "${bands}" regions 0 peak mean_d)
if(NOT onset0 EQUAL 10 OR NOT onset1 EQUAL 40 OR NOT peakStart EQUAL 5 OR recoveryEnd GREATER 35)
  message(FATAL_ERROR "bands.json: unexpected bands (onsets ${onset0}, ${onset1}, peak start ${peakStart}, "
                      "recovery end ${recoveryEnd})")
endif()
if(NOT lowered MATCHES "^(ON|OFF)$" OR NOT meanD STREQUAL "NUMBER" OR meanOriginal LESS_EQUAL 0)
  message(FATAL_ERROR "bands.json: bad clip summary (lowered ${lowered}, mean ${meanOriginal}, mean_d ${meanD})")
endif()

# meta.json: provenance with the plan and the token pairing.
file(READ "${out}/meta.json" meta)
string(JSON pairing GET "${meta}" settings token_pairing)
string(JSON kind GET "${meta}" settings plan regions 1 kind)
if(NOT pairing STREQUAL "frame-map" OR NOT kind STREQUAL "delete")
  message(FATAL_ERROR "meta.json: missing settings (pairing '${pairing}', region kind '${kind}'):\n${meta}")
endif()
message(STATUS "analyze: ${codebooks} x ${frames} tokens, onsets ${onset0}/${onset1}, lowered ${lowered}")

# An empty plan leaves the clip as it is: the verdict is "no change", never "raised".
file(WRITE "${WORK_DIR}/empty-plan.json" [[{"regions": []}]])
execute_process(
  COMMAND "${CLI}" analyze "${MODEL_DIR}" "${MODEL_DIR}/clip.wav" --plan "${WORK_DIR}/empty-plan.json"
          --out "${WORK_DIR}/empty" --threads 1
  RESULT_VARIABLE status OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "analyze with an empty plan failed (${status}):\n${stdout}\n${stderr}")
endif()
file(READ "${WORK_DIR}/empty/bands.json" emptyBands)
string(JSON emptyVerdict GET "${emptyBands}" clip verdict)
if(NOT emptyVerdict STREQUAL "unchanged" OR NOT stderr MATCHES "no change" OR stderr MATCHES "raised")
  message(FATAL_ERROR "empty plan: verdict '${emptyVerdict}', output:\n${stderr}")
endif()
