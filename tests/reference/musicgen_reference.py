#!/usr/bin/python3
"""Reference MusicGen decoder scores for the engine tests, written from musicgen-encodec.md
sections 4-5 (not from transformers). float64, batch 1, unconditional (cross-attention skipped).

Reads tests/data/tiny-musicgen (config.json, model.safetensors) and writes, under expected/:
  lm_codes.npy               int64 [4, 90]  random codes (seed 7): 90 + 4 - 1 = 93 decoder
                             positions, beyond max_position_embeddings (64)
  lm_nll_delayed.npy         float32 [4, 90]  NLL[k, t] = -log p(C[k, t]) read at position t + k
  lm_entropy_delayed.npy     float32 [4, 90]
  lm_rank_delayed.npy        int64 [4, 90]  classes with a strictly larger logit
  lm_top5_delayed.npy        int64 [4, 90, 5]
  lm_nll_noiseloss.npy       float32 [4, 89]  frames 0..T-2 (no BOS, no delay) predict frame t+1
  lm_entropy_noiseloss.npy   float32 [4, 89]
  lm_logits_delayed.npy      float32 [4, 3, 64]  raw logits at decoder positions 0, 40, 92
  lm_codec_nll_delayed.npy   float32 [4, 65]  NLL of expected/codes.npy (EnCodec fixture codes)
Usage: /usr/bin/python3 tests/reference/musicgen_reference.py [folder]
"""
import json
import math
import pathlib
import struct
import sys

import numpy as np
import torch

LOGIT_POSITIONS = [0, 40, 92]


def read_safetensors(path):
    raw = path.read_bytes()
    size = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + size])
    base, tensors = 8 + size, {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        assert entry["dtype"] == "F32", name
        begin, end = entry["data_offsets"]
        data = np.frombuffer(raw[base + begin:base + end], dtype="<f4").reshape(entry["shape"])
        tensors[name] = torch.from_numpy(data.astype(np.float64))
    return tensors


def positions(count, d):
    half = d // 2
    freq = torch.exp(torch.arange(half, dtype=torch.float64) * (-math.log(10000.0) / (half - 1)))
    angle = torch.arange(count, dtype=torch.float64)[:, None] * freq[None, :]
    return torch.cat([torch.cos(angle), torch.sin(angle)], dim=1)


def layer_norm(x, w, b):
    mean = x.mean(-1, keepdim=True)
    var = ((x - mean) ** 2).mean(-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + 1e-5) * w + b


def self_attention(x, w, prefix, heads):
    s, d = x.shape
    hd = d // heads
    q = (x @ w[prefix + "q_proj.weight"].T).reshape(s, heads, hd).transpose(0, 1)
    k = (x @ w[prefix + "k_proj.weight"].T).reshape(s, heads, hd).transpose(0, 1)
    v = (x @ w[prefix + "v_proj.weight"].T).reshape(s, heads, hd).transpose(0, 1)
    scores = q @ k.transpose(1, 2) / math.sqrt(hd)
    future = torch.triu(torch.ones(s, s, dtype=torch.bool), diagonal=1)
    scores = scores.masked_fill(future, float("-inf"))
    context = (torch.softmax(scores, -1) @ v).transpose(0, 1).reshape(s, d)
    return context @ w[prefix + "out_proj.weight"].T


def logits_for(ids, w, cfg):
    """ids [K, S] -> logits [K, S, V]."""
    base = "decoder.model.decoder."
    d = cfg["hidden_size"]
    x = sum(w[f"{base}embed_tokens.{k}.weight"][ids[k]] for k in range(ids.shape[0]))
    x = x + positions(ids.shape[1], d)
    for i in range(cfg["num_hidden_layers"]):
        p = f"{base}layers.{i}."
        h = layer_norm(x, w[p + "self_attn_layer_norm.weight"], w[p + "self_attn_layer_norm.bias"])
        x = x + self_attention(h, w, p + "self_attn.", cfg["num_attention_heads"])
        h = layer_norm(x, w[p + "final_layer_norm.weight"], w[p + "final_layer_norm.bias"])
        h = torch.nn.functional.gelu(h @ w[p + "fc1.weight"].T)  # exact erf form
        x = x + h @ w[p + "fc2.weight"].T
    y = layer_norm(x, w[base + "layer_norm.weight"], w[base + "layer_norm.bias"])
    return torch.stack([y @ w[f"decoder.lm_heads.{k}.weight"].T for k in range(ids.shape[0])])


def delayed_input(codes, pad):
    k, t = codes.shape
    x = torch.full((k, t + k), pad, dtype=torch.int64)
    for row in range(k):
        x[row, row + 1:row + 1 + t] = codes[row]
    return x[:, : t + k - 1]


def statistics(logits, targets):
    logp = torch.log_softmax(logits, -1)
    true = logp.gather(-1, targets[..., None])
    nll = -true[..., 0]
    entropy = -(logp.exp() * logp).sum(-1)
    rank = (logp > true).sum(-1)
    top5 = torch.topk(logp, 5, dim=-1).indices
    return nll, entropy, rank, top5


def score_delayed(codes, w, cfg):
    k, t = codes.shape
    logits = logits_for(delayed_input(codes, cfg["vocab_size"]), w, cfg)
    gathered = torch.stack([logits[row, row:row + t] for row in range(k)])
    return logits, statistics(gathered, codes)


def score_noiseloss(codes, w, cfg):
    logits = logits_for(codes[:, :-1], w, cfg)
    return statistics(logits, codes[:, 1:])


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1] / "data/tiny-musicgen")
    cfg = json.loads((folder / "config.json").read_text())["decoder"]
    w = read_safetensors(folder / "model.safetensors")
    out = folder / "expected"
    codes = torch.from_numpy(np.random.default_rng(7).integers(0, cfg["vocab_size"], (cfg["num_codebooks"], 90)))
    np.save(out / "lm_codes.npy", codes.numpy().astype(np.int64))
    logits, (nll, entropy, rank, top5) = score_delayed(codes, w, cfg)
    np.save(out / "lm_nll_delayed.npy", nll.numpy().astype(np.float32))
    np.save(out / "lm_entropy_delayed.npy", entropy.numpy().astype(np.float32))
    np.save(out / "lm_rank_delayed.npy", rank.numpy().astype(np.int64))
    np.save(out / "lm_top5_delayed.npy", top5.numpy().astype(np.int64))
    np.save(out / "lm_logits_delayed.npy", logits[:, LOGIT_POSITIONS].numpy().astype(np.float32))
    nll_n, entropy_n, _, _ = score_noiseloss(codes, w, cfg)
    np.save(out / "lm_nll_noiseloss.npy", nll_n.numpy().astype(np.float32))
    np.save(out / "lm_entropy_noiseloss.npy", entropy_n.numpy().astype(np.float32))
    codec_codes = torch.from_numpy(np.load(out / "codes.npy")[0].astype(np.int64))
    _, (codec_nll, _, _, _) = score_delayed(codec_codes, w, cfg)
    np.save(out / "lm_codec_nll_delayed.npy", codec_nll.numpy().astype(np.float32))
    print(f"delayed mean NLL {nll.mean():.6f}, noiseloss mean NLL {nll_n.mean():.6f}, "
          f"codec clip mean NLL {codec_nll.mean():.6f}, uniform would be {math.log(cfg['vocab_size']):.4f}")


if __name__ == "__main__":
    main()
