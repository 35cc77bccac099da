# Runs `noiseloss-cli experiment`, `merge` and `report` end to end: a spec over two clips (CLIPS, a
# list; with one clip a second is derived from it with `perturb`) and MODEL_DIR, shards 0/2 + 1/2 merged must equal the unsharded table byte for byte, a second
# run must skip every job, a malformed spec must name the bad field, and the report must write
# its figures; a run killed mid-way (a timeout) and resumed must equal the uninterrupted one.
# Arguments: -DCLI=... -DMODEL_DIR=... -DCLIPS=a;b -DONSET=... -DREPORT=ON|OFF -DWORK_DIR=...
# [-DMAX_SECONDS=S] (analyse only the clips' first S seconds) [-DKILL_AFTER=S] (seconds before the kill)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/clips")
file(COPY ${CLIPS} DESTINATION "${WORK_DIR}/clips")
list(LENGTH CLIPS clipCount)
if(clipCount EQUAL 1)
  file(WRITE "${WORK_DIR}/silence.json" [[{"regions": [{"kind": "silence", "start": 0.9, "end": 1.1}]}]])
  execute_process(COMMAND "${CLI}" perturb "${CLIPS}" --plan "${WORK_DIR}/silence.json"
                          --out "${WORK_DIR}/clips/derived.wav" RESULT_VARIABLE status ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "perturb failed: ${err}")
  endif()
endif()
set(excerpt "")
if(DEFINED MAX_SECONDS)
  set(excerpt ", \"max_seconds\": ${MAX_SECONDS}")
endif()
file(WRITE "${WORK_DIR}/spec.json" "{
  \"name\": \"ctest\",
  \"inputs\": [{\"folder\": \"clips\", \"dataset\": \"ctest\"${excerpt}}],
  \"models\": [\"${MODEL_DIR}\"],
  \"perturbations\": [
    {\"kind\": \"noise\", \"onset\": ${ONSET}, \"lengths\": [5, 10], \"colours\": [\"white\", \"pink\"], \"seeds\": [1]},
    {\"kind\": \"delete\", \"onset\": ${ONSET}, \"lengths\": [5]}]}
")

function(run_cli)
  execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "noiseloss-cli ${ARGN} failed (${status}):\n${out}\n${err}")
  endif()
  set(cli_output "${out}${err}" PARENT_SCOPE)
endfunction()

run_cli(experiment "${WORK_DIR}/spec.json" --out "${WORK_DIR}/full" --threads 1)
run_cli(experiment "${WORK_DIR}/spec.json" --out "${WORK_DIR}/s0" --shard 0/2 --threads 1)
set(ENV{SLURM_ARRAY_TASK_ID} 1)
set(ENV{SLURM_ARRAY_TASK_COUNT} 2)
run_cli(experiment "${WORK_DIR}/spec.json" --out "${WORK_DIR}/s1" --threads 1) # shard 1/2 from SLURM
unset(ENV{SLURM_ARRAY_TASK_ID})
unset(ENV{SLURM_ARRAY_TASK_COUNT})
if(NOT cli_output MATCHES "shard 1/2: 5 of 10 jobs; 5 computed")
  message(FATAL_ERROR "the SLURM shard was not used:\n${cli_output}")
endif()
run_cli(merge "${WORK_DIR}/s1" "${WORK_DIR}/s0" --out "${WORK_DIR}/merged")
file(READ "${WORK_DIR}/full/results.csv" full)
file(READ "${WORK_DIR}/merged/results.csv" merged)
if(NOT full STREQUAL merged)
  message(FATAL_ERROR "merged shards differ from the unsharded run:\n--- full\n${full}\n--- merged\n${merged}")
endif()
string(REGEX MATCHALL "\n" newlines "${full}")
list(LENGTH newlines lines)
if(NOT lines EQUAL 31) # header + 10 jobs x 3 bands
  message(FATAL_ERROR "results.csv has ${lines} lines, expected 31:\n${full}")
endif()

run_cli(experiment "${WORK_DIR}/spec.json" --out "${WORK_DIR}/full" --threads 1)
if(NOT cli_output MATCHES "0 computed, 10 already done")
  message(FATAL_ERROR "a re-run should skip every finished job:\n${cli_output}")
endif()

# A real kill: the process is terminated wherever it is (model load, a job, writing a folder); the
# resumed run must still give the uninterrupted table. Which job it hits depends on the machine.
if(DEFINED KILL_AFTER)
  execute_process(COMMAND "${CLI}" experiment "${WORK_DIR}/spec.json" --out "${WORK_DIR}/killed" --threads 1
                          --progress lines
                  TIMEOUT ${KILL_AFTER} RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE err)
  message(STATUS "killed after ${KILL_AFTER} s (status: ${status}); finished jobs before the kill:")
  string(REGEX MATCHALL "job [0-9]+/10 done" finished "${err}")
  message(STATUS "  ${finished}")
  run_cli(experiment "${WORK_DIR}/spec.json" --out "${WORK_DIR}/killed" --threads 1)
  file(READ "${WORK_DIR}/killed/results.csv" resumed)
  if(NOT full STREQUAL resumed)
    message(FATAL_ERROR "killed + resumed differs from the uninterrupted run:\n--- full\n${full}\n--- resumed\n${resumed}")
  endif()
  file(GLOB leftovers "${WORK_DIR}/killed/jobs/.partial-*")
  if(leftovers)
    message(FATAL_ERROR "partial job folders left after resuming: ${leftovers}")
  endif()
endif()

file(WRITE "${WORK_DIR}/bad.json" "{\"inputs\": [{\"folder\": \"clips\"}], \"models\": [\"${MODEL_DIR}\"],
  \"perturbations\": [{\"kind\": \"noise\", \"onset\": 1, \"lengths\": [5, 10, -2]}]}")
execute_process(COMMAND "${CLI}" experiment "${WORK_DIR}/bad.json" --out "${WORK_DIR}/bad"
  RESULT_VARIABLE status ERROR_VARIABLE err)
if(status EQUAL 0 OR NOT err MATCHES "perturbations\\[0\\]\\.lengths\\[2\\]: must be a positive number of tokens")
  message(FATAL_ERROR "a malformed spec should name its field (status ${status}):\n${err}")
endif()

if(REPORT)
  run_cli(report "${WORK_DIR}/merged" --out "${WORK_DIR}/report")
  foreach(file band_boxes.png band_boxes.svg band_violins.png clip_d_vs_length.png loss_vs_length.svg pooled_band_stats.csv
               pooled_band_stats.md meta.json)
    if(NOT EXISTS "${WORK_DIR}/report/${file}")
      message(FATAL_ERROR "report did not write ${file}:\n${cli_output}")
    endif()
  endforeach()
endif()
message(STATUS "experiment CLI: 10 jobs, shards merged = unsharded, resume skips and completes, report written")
