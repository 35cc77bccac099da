# Runs `noiseloss-cli grads` on the tiny fixture: once plain (window + stride, fast), once with a
# noise + delete plan, and checks shapes of the .npy files, buckets.json / targets.json contents and
# the aligned difference maps. Arguments: -DCLI=... -DMODEL_DIR=... -DWORK_DIR=...
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run_cli)
  execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "grads failed (${status}):\n${stdout}\n${stderr}")
  endif()
endfunction()

function(expect_npy file pattern)
  file(READ "${file}" header OFFSET 10 LIMIT 118)
  if(NOT header MATCHES "${pattern}")
    message(FATAL_ERROR "${file}: header does not match ${pattern}: ${header}")
  endif()
endfunction()

# Plain run: frames 10:12 (2 frames x 4 codebooks) + every 25th frame (0, 25, 50 -> 3 more frames; the clip has 65).
run_cli(grads "${MODEL_DIR}" "${MODEL_DIR}/clip.wav" --targets 10:12+every:25 --threads 1 --out "${WORK_DIR}/plain")
set(out "${WORK_DIR}/plain")
file(READ "${out}/targets.json" targets)
string(JSON targetCount LENGTH "${targets}")
string(JSON firstFrame GET "${targets}" 0 frame)
string(JSON firstLast GET "${targets}" 0 last_position)
if(NOT targetCount EQUAL 20 OR NOT firstFrame EQUAL 0 OR NOT firstLast EQUAL 0)
  message(FATAL_ERROR "targets.json: ${targetCount} targets, first frame ${firstFrame} at ${firstLast}")
endif()
file(READ "${out}/buckets.json" buckets)
string(JSON bucketCount LENGTH "${buckets}")
string(JSON module GET "${buckets}" 1 module)
string(JSON head GET "${buckets}" 1 head)
string(JSON key GET "${buckets}" 1 parameter)
if(NOT bucketCount EQUAL 62 OR NOT module STREQUAL "self_attn.q_proj" OR NOT head EQUAL 0
   OR NOT key STREQUAL "decoder.model.decoder.layers.0.self_attn.q_proj.weight")
  message(FATAL_ERROR "buckets.json: ${bucketCount} buckets, bucket 1 = ${module} head ${head} ${key}")
endif()
expect_npy("${out}/act_grad_norms.npy" "'descr': '<f4'.*'shape': \\(20, 3, [0-9]+\\)")
expect_npy("${out}/param_grad_norms.npy" "'descr': '<f4'.*'shape': \\(20, 62\\)")
file(READ "${out}/meta.json" meta)
string(JSON method GET "${meta}" gradients method)
if(NOT method STREQUAL "fast")
  message(FATAL_ERROR "meta.json: method ${method}")
endif()

# With a plan (noise + a 10-frame deletion): original/, perturbed/ and diff/ on aligned tokens.
file(WRITE "${WORK_DIR}/plan.json" [[
{"regions": [
  {"kind": "noise", "start": 0.2, "end": 0.4, "color": "pink", "level_dbfs": -6, "mode": "replace", "seed": 3},
  {"kind": "delete", "start": 0.8, "end": 1.0}
], "allow_overlap": false}
]])
run_cli(grads "${MODEL_DIR}" "${MODEL_DIR}/clip.wav" --plan "${WORK_DIR}/plan.json" --targets 36:46
        --codebooks sum --alignment noiseloss --threads 1 --out "${WORK_DIR}/plan")
set(out "${WORK_DIR}/plan")
expect_npy("${out}/original/param_grad_norms.npy" "'shape': \\(10, 62\\)")
expect_npy("${out}/perturbed/param_grad_norms.npy" "'shape': \\(10, 62\\)")
# Perturbed frames 36..45 map to original 36..39 and 50..55: only 36..39 are in the original window.
expect_npy("${out}/diff/act_self_diff.npy" "'descr': '<f4'.*'shape': \\(3, 4\\)")
expect_npy("${out}/diff/param_diff.npy" "'shape': \\(4, 62\\)")
file(READ "${out}/diff/diff_targets.json" columns)
string(JSON lastFrame GET "${columns}" 3 original_frame)
string(JSON codebook TYPE "${columns}" 0 codebook)
if(NOT lastFrame EQUAL 39 OR NOT codebook STREQUAL "NULL")
  message(FATAL_ERROR "diff_targets.json: last original frame ${lastFrame}, codebook type ${codebook}")
endif()
