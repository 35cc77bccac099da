#!/usr/bin/python3
"""Writes the tiny random MusicGen + EnCodec checkpoint used by the engine tests.

Hugging Face layout (tests/data/tiny-musicgen/): config.json (model_type "musicgen" with decoder,
text_encoder and audio_encoder sub-configs), model.safetensors (F32, every decoder.*,
enc_to_dec_proj.* and audio_encoder.* key of the real checkpoints, weight_g/weight_v spelling;
no text_encoder.* weights), and a deterministic test clip clip.npy / clip.wav (1.3 s at 32 kHz:
an A major chord plus a little noise, on the 16-bit grid so both files hold identical samples).
Deterministic: fixed seeds. Usage: /usr/bin/python3 tests/reference/make_tiny_checkpoint.py [folder]
"""
import json
import pathlib
import struct
import sys
import wave

import numpy as np
import torch

import encodec_reference

SAMPLE_RATE = 32000
CLIP_SECONDS = 1.3

DECODER = {
    "model_type": "musicgen_decoder", "vocab_size": 64, "hidden_size": 32, "num_hidden_layers": 2,
    "num_attention_heads": 4, "ffn_dim": 64, "max_position_embeddings": 64, "num_codebooks": 4,
    "audio_channels": 1, "activation_function": "gelu", "scale_embedding": False,
    "pad_token_id": 64, "bos_token_id": 64, "dropout": 0.0, "layerdrop": 0.0,
    "tie_word_embeddings": False,
}
TEXT_ENCODER = {"model_type": "t5", "d_model": 24, "num_layers": 1, "num_heads": 2, "d_kv": 12,
                "d_ff": 48, "vocab_size": 32128, "relative_attention_num_buckets": 32,
                "relative_attention_max_distance": 128, "layer_norm_epsilon": 1e-6}
AUDIO_ENCODER = {
    "model_type": "encodec", "sampling_rate": SAMPLE_RATE, "audio_channels": 1, "num_filters": 4,
    "hidden_size": 16, "codebook_size": 64, "codebook_dim": 16, "target_bandwidths": [2.2],
    "upsampling_ratios": [8, 5, 4, 4], "kernel_size": 7, "last_kernel_size": 7,
    "residual_kernel_size": 3, "num_residual_layers": 1, "dilation_growth_rate": 2, "compress": 2,
    "num_lstm_layers": 2, "use_causal_conv": False, "use_conv_shortcut": False, "normalize": False,
    "norm_type": "weight_norm", "pad_mode": "reflect", "chunk_length_s": None, "overlap": None,
    "trim_right_ratio": 1.0,
}


def decoder_tensors(rng):
    d, ffn, k, vocab = DECODER["hidden_size"], DECODER["ffn_dim"], DECODER["num_codebooks"], DECODER["vocab_size"]
    t, base = {}, "decoder.model.decoder."

    def normal(*shape, std):
        return torch.from_numpy(rng.normal(0.0, std, shape).astype(np.float32))

    for c in range(k):
        t[f"{base}embed_tokens.{c}.weight"] = normal(vocab + 1, d, std=0.5)
        t[f"decoder.lm_heads.{c}.weight"] = normal(vocab, d, std=0.5)
    for i in range(DECODER["num_hidden_layers"]):
        layer = f"{base}layers.{i}."
        for attn in ("self_attn", "encoder_attn"):
            for proj in ("q", "k", "v", "out"):
                t[f"{layer}{attn}.{proj}_proj.weight"] = normal(d, d, std=d ** -0.5)
        for norm in ("self_attn_layer_norm", "encoder_attn_layer_norm", "final_layer_norm"):
            t[f"{layer}{norm}.weight"] = 1.0 + normal(d, std=0.1)
            t[f"{layer}{norm}.bias"] = normal(d, std=0.1)
        t[f"{layer}fc1.weight"] = normal(ffn, d, std=d ** -0.5)
        t[f"{layer}fc2.weight"] = normal(d, ffn, std=ffn ** -0.5)
    t[f"{base}layer_norm.weight"] = 1.0 + normal(d, std=0.1)
    t[f"{base}layer_norm.bias"] = normal(d, std=0.1)
    t["enc_to_dec_proj.weight"] = normal(d, TEXT_ENCODER["d_model"], std=TEXT_ENCODER["d_model"] ** -0.5)
    t["enc_to_dec_proj.bias"] = normal(d, std=0.1)
    return t


def conv(t, rng, name, c_in, c_out, kernel, transpose=False):
    shape = (c_in, c_out, kernel) if transpose else (c_out, c_in, kernel)
    t[name + ".conv.weight_v"] = torch.from_numpy(rng.normal(0.0, 1.0, shape).astype(np.float32))
    t[name + ".conv.weight_g"] = torch.from_numpy(rng.uniform(0.8, 1.4, (shape[0], 1, 1)).astype(np.float32))
    t[name + ".conv.bias"] = torch.from_numpy(rng.normal(0.0, 0.05, c_out).astype(np.float32))


def resblock(t, rng, name, dim, cfg):
    hidden = dim // cfg["compress"]
    conv(t, rng, name + ".block.1", dim, hidden, cfg["residual_kernel_size"])
    conv(t, rng, name + ".block.3", hidden, dim, 1)


def lstm(t, rng, name, dim, layers):
    for layer in range(layers):
        for kind in ("weight_ih", "weight_hh"):
            t[f"{name}.lstm.{kind}_l{layer}"] = torch.from_numpy(
                rng.uniform(-dim ** -0.5, dim ** -0.5, (4 * dim, dim)).astype(np.float32))
        for kind in ("bias_ih", "bias_hh"):
            t[f"{name}.lstm.{kind}_l{layer}"] = torch.from_numpy(rng.uniform(-0.1, 0.1, 4 * dim).astype(np.float32))


def encodec_tensors(rng, cfg, prefix):
    t, enc, dec = {}, prefix + "encoder.layers.", prefix + "decoder.layers."
    ratios, nf, residuals = cfg["upsampling_ratios"], cfg["num_filters"], cfg["num_residual_layers"]
    conv(t, rng, enc + "0", cfg["audio_channels"], nf, cfg["kernel_size"])
    index, scale = 1, 1
    for ratio in reversed(ratios):
        for _ in range(residuals):
            resblock(t, rng, enc + str(index), nf * scale, cfg)
            index += 1
        conv(t, rng, enc + str(index + 1), nf * scale, nf * scale * 2, 2 * ratio)
        index += 2
        scale *= 2
    lstm(t, rng, enc + str(index), nf * scale, cfg["num_lstm_layers"])
    conv(t, rng, enc + str(index + 2), nf * scale, cfg["hidden_size"], cfg["last_kernel_size"])
    conv(t, rng, dec + "0", cfg["hidden_size"], nf * scale, cfg["kernel_size"])
    lstm(t, rng, dec + "1", nf * scale, cfg["num_lstm_layers"])
    index = 2
    for ratio in ratios:
        conv(t, rng, dec + str(index + 1), nf * scale, nf * scale // 2, 2 * ratio, transpose=True)
        index += 2
        scale //= 2
        for _ in range(residuals):
            resblock(t, rng, dec + str(index), nf * scale, cfg)
            index += 1
    conv(t, rng, dec + str(index + 1), nf, cfg["audio_channels"], cfg["last_kernel_size"])
    return t


def add_codebooks(t, rng, cfg, prefix, latents):
    """Codebooks drawn around the clip's own latents, so that RVQ makes real choices."""
    residual = latents[0].T.numpy()  # [T, D]
    for q in range(encodec_reference.num_quantizers(cfg)):
        spread = residual.std(axis=0, keepdims=True) + 1e-3
        embed = rng.normal(0.0, 1.0, (cfg["codebook_size"], cfg["codebook_dim"])) * spread
        picks = rng.choice(residual.shape[0], size=cfg["codebook_size"] // 2, replace=False)
        embed[: len(picks)] = residual[picks] + 0.3 * spread * rng.normal(size=(len(picks), residual.shape[1]))
        name = f"{prefix}quantizer.layers.{q}.codebook."
        t[name + "embed"] = torch.from_numpy(embed.astype(np.float32))
        t[name + "embed_avg"] = t[name + "embed"].clone()
        t[name + "cluster_size"] = torch.ones(cfg["codebook_size"])
        t[name + "inited"] = torch.ones(1)
        best = ((residual[:, None, :] - embed[None]) ** 2).sum(-1).argmin(1)
        residual = residual - embed[best]


def write_safetensors(path, tensors):
    header, offset, blobs = {}, 0, []
    for name in sorted(tensors):
        data = tensors[name].contiguous().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    header["__metadata__"] = {"format": "pt", "generator": "tests/reference/make_tiny_checkpoint.py"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    path.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def make_clip(rng):
    n = int(round(SAMPLE_RATE * CLIP_SECONDS))
    time = np.arange(n) / SAMPLE_RATE
    chord = sum(0.2 * np.sin(2 * np.pi * f * time) for f in (220.0, 277.18, 329.63))
    envelope = np.minimum(1.0, time / 0.05) * np.exp(-0.8 * time)
    clip = chord * envelope + 0.01 * rng.normal(size=n)
    pcm = np.clip(np.round(clip * 32768.0), -32768, 32767).astype(np.int16)
    return pcm


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1] / "data/tiny-musicgen")
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(20240611)
    pcm = make_clip(rng)
    clip = (pcm.astype(np.float64) / 32768.0).astype(np.float32)
    np.save(folder / "clip.npy", clip)
    with wave.open(str(folder / "clip.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())

    config = {"model_type": "musicgen", "architectures": ["MusicgenForConditionalGeneration"],
              "decoder": DECODER, "text_encoder": TEXT_ENCODER, "audio_encoder": AUDIO_ENCODER}
    tensors = decoder_tensors(rng)
    audio = encodec_tensors(rng, AUDIO_ENCODER, "audio_encoder.")
    model = encodec_reference.Encodec(AUDIO_ENCODER, {k: v.double() for k, v in audio.items()}, "audio_encoder.")
    latents = model.encode_latents(torch.from_numpy(clip.astype(np.float64)).reshape(1, 1, -1))
    add_codebooks(audio, rng, AUDIO_ENCODER, "audio_encoder.", latents)
    tensors.update(audio)
    (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    write_safetensors(folder / "model.safetensors", tensors)
    print(f"wrote {len(tensors)} tensors to {folder / 'model.safetensors'}")


if __name__ == "__main__":
    main()
