#!/usr/bin/python3
"""Independent reference implementation of EnCodec (32 kHz layout) for the C++ tests.

Written from docs/specs (musicgen-encodec.md section 6), not from transformers. Computes in
float64 so that the fixtures are more accurate than the float32 C++ engine under test.

Usage: /usr/bin/python3 tests/reference/encodec_reference.py [model_folder]
Writes <model_folder>/expected/{latents,codes,decoded}{,_short}.npy for the clip
<model_folder>/clip.npy (float32 [L]) and its first 1234 samples (short input: reflect padding on
inputs shorter than the pad).
"""
import json
import math
import pathlib
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F

SHORT_LENGTH = 1234
_DTYPES = {"F32": np.float32, "F16": np.float16, "F64": np.float64, "I64": np.int64}


def read_safetensors(path):
    data = pathlib.Path(path).read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    buffer = data[8 + header_len:]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        array = np.frombuffer(buffer[begin:end], dtype=_DTYPES[info["dtype"]]).reshape(info["shape"])
        tensors[name] = torch.from_numpy(array.astype(np.float64))
    return tensors


def num_quantizers(cfg):
    hop = int(np.prod(cfg["upsampling_ratios"]))
    frame_rate = math.ceil(cfg["sampling_rate"] / hop)
    return int(1000 * cfg["target_bandwidths"][-1] // (frame_rate * 10))


class Encodec:
    def __init__(self, cfg, tensors, prefix):
        self.cfg = cfg
        self.t = tensors
        self.p = prefix
        self.pad_mode = cfg.get("pad_mode", "reflect")

    def weight(self, module):
        g, v = self.t[module + ".weight_g"], self.t[module + ".weight_v"]
        norm = v.pow(2).sum(dim=tuple(range(1, v.dim())), keepdim=True).sqrt()
        return g * v / norm

    def pad1d(self, x, left, right):
        if self.pad_mode != "reflect":
            return F.pad(x, (left, right), mode="constant", value=0.0)
        length = x.shape[-1]
        max_pad = max(left, right)
        extra = 0
        if length <= max_pad:
            extra = max_pad - length + 1
            x = F.pad(x, (0, extra))
        padded = F.pad(x, (left, right), mode="reflect")
        return padded[..., :padded.shape[-1] - extra]

    def conv(self, module, x, stride=1, dilation=1):
        w = self.weight(module + ".conv")
        k = (w.shape[-1] - 1) * dilation + 1
        total = k - stride
        length = x.shape[-1]
        n_frames = (length - k + total) / stride + 1
        ideal = (math.ceil(n_frames) - 1) * stride + (k - total)
        extra = ideal - length
        right = total // 2
        left = total - right
        x = self.pad1d(x, left, right + extra)
        return F.conv1d(x, w, self.t[module + ".conv.bias"], stride=stride, dilation=dilation)

    def conv_transpose(self, module, x, stride):
        w = self.weight(module + ".conv")
        y = F.conv_transpose1d(x, w, self.t[module + ".conv.bias"], stride=stride)
        total = w.shape[-1] - stride
        right = total // 2
        left = total - right
        return y[..., left:y.shape[-1] - right]

    def resblock(self, module, x, dilation):
        y = self.conv(module + ".block.1", F.elu(x), dilation=dilation)
        y = self.conv(module + ".block.3", F.elu(y))
        return x + y

    def lstm(self, module, x):
        # x [B, C, T]; stacked unidirectional LSTM, gates i f g o, output + input skip.
        seq = x.permute(2, 0, 1)
        out = seq
        for layer in range(self.cfg["num_lstm_layers"]):
            w_ih = self.t[f"{module}.lstm.weight_ih_l{layer}"]
            w_hh = self.t[f"{module}.lstm.weight_hh_l{layer}"]
            b = self.t[f"{module}.lstm.bias_ih_l{layer}"] + self.t[f"{module}.lstm.bias_hh_l{layer}"]
            hidden = w_hh.shape[1]
            h = torch.zeros(out.shape[1], hidden, dtype=out.dtype)
            c = torch.zeros_like(h)
            steps = []
            for t in range(out.shape[0]):
                gates = out[t] @ w_ih.T + h @ w_hh.T + b
                i, f, g, o = gates.chunk(4, dim=1)
                c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                h = torch.sigmoid(o) * torch.tanh(c)
                steps.append(h)
            out = torch.stack(steps)
        return (out + seq).permute(1, 2, 0)

    def encode_latents(self, audio):
        cfg, base = self.cfg, self.p + "encoder.layers."
        index = 0
        x = self.conv(base + str(index), audio)
        index += 1
        for ratio in reversed(cfg["upsampling_ratios"]):
            for j in range(cfg["num_residual_layers"]):
                x = self.resblock(base + str(index), x, cfg["dilation_growth_rate"] ** j)
                index += 1
            x = F.elu(x)
            index += 1
            x = self.conv(base + str(index), x, stride=ratio)
            index += 1
        x = self.lstm(base + str(index), x)
        x = F.elu(x)
        return self.conv(base + str(index + 2), x)

    def codebooks(self):
        return [self.t[f"{self.p}quantizer.layers.{q}.codebook.embed"] for q in range(num_quantizers(self.cfg))]

    def quantize(self, latents):
        batch, dim, frames = latents.shape
        residual = latents.permute(0, 2, 1).reshape(-1, dim)
        codes, gaps = [], []
        for embed in self.codebooks():
            dist = (residual.pow(2).sum(1, keepdim=True) - 2 * residual @ embed.T + embed.pow(2).sum(1)[None])
            best = dist.argmin(dim=1)
            two = dist.topk(2, dim=1, largest=False).values
            gaps.append(((two[:, 1] - two[:, 0]) / two[:, 0].abs().clamp_min(1e-12)).min().item())
            residual = residual - embed[best]
            codes.append(best.reshape(batch, frames))
        return torch.stack(codes, dim=1), min(gaps)

    def decode(self, codes):
        z = sum(embed[codes[:, q]] for q, embed in enumerate(self.codebooks()))  # [B, T, D]
        x = z.permute(0, 2, 1)
        cfg, base = self.cfg, self.p + "decoder.layers."
        x = self.conv(base + "0", x)
        x = self.lstm(base + "1", x)
        index = 2
        for ratio in cfg["upsampling_ratios"]:
            x = F.elu(x)
            index += 1
            x = self.conv_transpose(base + str(index), x, ratio)
            index += 1
            for j in range(cfg["num_residual_layers"]):
                x = self.resblock(base + str(index), x, cfg["dilation_growth_rate"] ** j)
                index += 1
        x = F.elu(x)
        return self.conv(base + str(index + 1), x)


def load(folder):
    folder = pathlib.Path(folder)
    config = json.loads((folder / "config.json").read_text())
    tensors = read_safetensors(folder / "model.safetensors")
    if config.get("model_type") == "musicgen":
        return Encodec(config["audio_encoder"], tensors, "audio_encoder.")
    return Encodec(config, tensors, "")


def run(model, clip):
    audio = torch.from_numpy(clip.astype(np.float64)).reshape(1, 1, -1)
    latents = model.encode_latents(audio)
    codes, gap = model.quantize(latents)
    decoded = model.decode(codes)[..., :audio.shape[-1]]
    return latents, codes, decoded, gap


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1] / "data/tiny-musicgen")
    model = load(folder)
    clip = np.load(folder / "clip.npy")
    out = folder / "expected"
    out.mkdir(exist_ok=True)
    for suffix, samples in (("", clip), ("_short", clip[:SHORT_LENGTH])):
        latents, codes, decoded, gap = run(model, samples)
        np.save(out / f"latents{suffix}.npy", latents.numpy().astype(np.float32))
        np.save(out / f"codes{suffix}.npy", codes.numpy().astype(np.int64))
        np.save(out / f"decoded{suffix}.npy", decoded.numpy().astype(np.float32))
        print(f"clip{suffix}: {samples.shape[0]} samples -> codes {tuple(codes.shape)}, decoded "
              f"{tuple(decoded.shape)}, smallest relative argmin gap {gap:.2e}")


if __name__ == "__main__":
    main()
