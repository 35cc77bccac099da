#include "engine/io/WeightStore.h"

#include "util/Error.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace noiseloss {

namespace {

std::string readTextFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path.string() + ": cannot open (missing file?)");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

nlohmann::json parseJsonFile(const std::filesystem::path& path, const std::string& text) {
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(path.filename().string() + ": not a valid JSON object");
    return json;
}

std::string shapeText(c10::IntArrayRef shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

bool shapeMatches(c10::IntArrayRef actual, c10::IntArrayRef expected) {
    if (actual.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (expected[i] != -1 && expected[i] != actual[i])
            return false;
    return true;
}

std::optional<torch::ScalarType> torchTypeOf(SafeTensorsDtype dtype) {
    switch (dtype) {
    case SafeTensorsDtype::Bool:
        return torch::kBool;
    case SafeTensorsDtype::U8:
        return torch::kByte;
    case SafeTensorsDtype::I8:
        return torch::kChar;
    case SafeTensorsDtype::I16:
        return torch::kShort;
    case SafeTensorsDtype::F16:
        return torch::kHalf;
    case SafeTensorsDtype::BF16:
        return torch::kBFloat16;
    case SafeTensorsDtype::I32:
        return torch::kInt;
    case SafeTensorsDtype::F32:
        return torch::kFloat;
    case SafeTensorsDtype::F64:
        return torch::kDouble;
    case SafeTensorsDtype::I64:
        return torch::kLong;
    default:
        return std::nullopt;
    }
}

/// Shard names come from a JSON file: accept plain file names only (no directories, no "..").
void checkShardName(const std::string& shard, const std::filesystem::path& indexPath) {
    if (shard.empty() || shard.find('/') != std::string::npos || shard.find('\\') != std::string::npos ||
        shard == "." || shard == "..")
        throw Error(indexPath.filename().string() + ": weight_map names the file \"" + shard +
                    "\"; only plain file names in the model folder are allowed");
}

} // namespace

WeightStore WeightStore::open(const std::filesystem::path& folder) {
    WeightStore store;
    store.m_folder = folder;
    if (!std::filesystem::is_directory(folder))
        throw Error(folder.string() + ": model folder does not exist");
    const auto configPath = folder / "config.json";
    store.m_configText = readTextFile(configPath);
    store.m_config = parseJsonFile(configPath, store.m_configText);

    const auto singlePath = folder / "model.safetensors";
    const auto indexPath = folder / "model.safetensors.index.json";
    if (std::filesystem::exists(singlePath)) {
        store.addFile(SafeTensorsFile::open(singlePath));
        return store;
    }
    if (!std::filesystem::exists(indexPath))
        throw Error(
            folder.string() + ": neither model.safetensors nor model.safetensors.index.json found" +
            (std::filesystem::exists(folder / "pytorch_model.bin")
                 ? " (pytorch_model.bin is not read: pickle files can execute code; convert to safetensors)"
                 : ""));
    const nlohmann::json index = parseJsonFile(indexPath, readTextFile(indexPath));
    auto weightMap = index.find("weight_map");
    if (weightMap == index.end() || !weightMap->is_object())
        throw Error(indexPath.filename().string() + ": missing \"weight_map\" object");
    std::set<std::string> shards;
    for (const auto& [key, shard] : weightMap->items()) {
        if (!shard.is_string())
            throw Error(indexPath.filename().string() + ": weight_map entry " + key + " is not a file name");
        checkShardName(shard.get<std::string>(), indexPath);
        shards.insert(shard.get<std::string>());
    }
    for (const auto& shard : shards)
        store.addFile(SafeTensorsFile::open(folder / shard));
    for (const auto& [key, shard] : weightMap->items()) {
        auto it = store.m_index.find(key);
        if (it == store.m_index.end() || it->second.file->path().filename() != shard.get<std::string>())
            throw Error(indexPath.filename().string() + ": weight_map says tensor " + key + " is in " +
                        shard.get<std::string>() + ", but that file does not contain it");
    }
    return store;
}

void WeightStore::addFile(const std::shared_ptr<const SafeTensorsFile>& file) {
    m_files.push_back(file);
    for (const auto& entry : file->entries()) {
        auto [it, inserted] = m_index.emplace(entry.name, Location{file, &entry});
        if (!inserted)
            throw Error(file->path().filename().string() + ": tensor " + entry.name + " is also in " +
                        it->second.file->path().filename().string());
    }
}

std::vector<std::string> WeightStore::keys() const {
    std::vector<std::string> names;
    names.reserve(m_index.size());
    for (const auto& [name, location] : m_index)
        names.push_back(name);
    std::sort(names.begin(), names.end());
    return names;
}

const WeightStore::Location& WeightStore::locate(const std::string& key) const {
    auto it = m_index.find(key);
    if (it == m_index.end()) {
        std::string files;
        for (const auto& file : m_files)
            files += (files.empty() ? "" : ", ") + file->path().filename().string();
        throw Error(m_folder.filename().string() + ": tensor " + key + " is missing (searched " + files +
                    ")");
    }
    return it->second;
}

torch::Tensor WeightStore::get(const std::string& key, c10::IntArrayRef expectedShape) const {
    const Location& location = locate(key);
    const SafeTensorsEntry& entry = *location.entry;
    const std::string where = location.file->path().filename().string() + ": tensor " + key;
    if (!expectedShape.empty() && !shapeMatches(entry.shape, expectedShape))
        throw Error(where + " has shape " + shapeText(entry.shape) + ", expected " +
                    shapeText(expectedShape));
    const auto scalarType = torchTypeOf(entry.dtype);
    if (!scalarType)
        throw Error(where + " has dtype " + safeTensorsDtypeName(entry.dtype) +
                    ", which cannot be converted to float32 here");
    auto* data = const_cast<std::byte*>(location.file->data(entry));
    const auto elementSize = safeTensorsDtypeSize(entry.dtype);
    const auto options = torch::TensorOptions().dtype(*scalarType);
    torch::Tensor raw;
    if (reinterpret_cast<std::uintptr_t>(data) % elementSize == 0) {
        // A view of the mapping; the deleter keeps the mapping alive as long as the tensor lives.
        std::shared_ptr<const SafeTensorsFile> keepAlive = location.file;
        raw = torch::from_blob(
            data, entry.shape, [keepAlive](void*) mutable { keepAlive.reset(); }, options);
    } else {
        raw = torch::empty(entry.shape, options);
        std::memcpy(raw.data_ptr(), data, entry.endByte - entry.beginByte);
    }
    return *scalarType == torch::kFloat ? raw : raw.to(torch::kFloat);
}

torch::Tensor foldWeightNorm(const torch::Tensor& g, const torch::Tensor& v, const std::string& name) {
    if (v.dim() < 1 || g.numel() != v.size(0))
        throw Error(name + ": weight-norm magnitude g has " + std::to_string(g.numel()) +
                    " values but direction v has " + std::to_string(v.dim() ? v.size(0) : 0) + " rows");
    std::vector<std::int64_t> otherDims;
    for (std::int64_t d = 1; d < v.dim(); ++d)
        otherDims.push_back(d);
    torch::Tensor norm = otherDims.empty() ? v.abs() : v.pow(2).sum(otherDims, /*keepdim=*/true).sqrt();
    std::vector<std::int64_t> gShape(static_cast<std::size_t>(v.dim()), 1);
    gShape[0] = v.size(0);
    return g.reshape(gShape) * v / norm;
}

torch::Tensor WeightStore::getWeightNormed(const std::string& modulePrefix) const {
    const std::string g1 = modulePrefix + ".weight_g", v1 = modulePrefix + ".weight_v";
    const std::string g2 = modulePrefix + ".parametrizations.weight.original0";
    const std::string v2 = modulePrefix + ".parametrizations.weight.original1";
    const std::string plain = modulePrefix + ".weight";
    if (contains(g1) && contains(v1))
        return foldWeightNorm(get(g1), get(v1), modulePrefix);
    if (contains(g2) && contains(v2))
        return foldWeightNorm(get(g2), get(v2), modulePrefix);
    if (contains(plain))
        return get(plain).clone();
    throw Error(m_folder.filename().string() + ": weights of " + modulePrefix + " are missing (looked for " +
                g1 + " + " + v1 + ", " + g2 + " + " + v2 + ", or " + plain + ")");
}

std::string WeightStore::configHash() const {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : m_configText) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

} // namespace noiseloss
