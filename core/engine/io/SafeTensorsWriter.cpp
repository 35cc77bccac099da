#include "engine/io/SafeTensorsWriter.h"

#include "util/Error.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace noiseloss {

namespace {

torch::ScalarType torchTypeOf(SafeTensorsDtype dtype) {
    switch (dtype) {
    case SafeTensorsDtype::F32:
        return torch::kFloat;
    case SafeTensorsDtype::F16:
        return torch::kHalf;
    case SafeTensorsDtype::BF16:
        return torch::kBFloat16;
    default:
        throw Error("saveSafetensors: dtype " + safeTensorsDtypeName(dtype) +
                    " is not supported for writing (use F32, F16 or BF16)");
    }
}

} // namespace

void saveSafetensors(const std::filesystem::path& path, const std::map<std::string, torch::Tensor>& tensors,
                     SafeTensorsDtype dtype, const std::map<std::string, std::string>& metadata) {
    const torch::ScalarType scalarType = torchTypeOf(dtype);
    std::vector<torch::Tensor> converted;
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::uint64_t offset = 0;
    for (const auto& [name, tensor] : tensors) {
        if (name == "__metadata__" || name.empty())
            throw Error(path.filename().string() + ": invalid tensor name \"" + name + "\"");
        if (!tensor.defined())
            throw Error(path.filename().string() + ": tensor " + name + " is undefined");
        torch::Tensor data = tensor.detach().to(torch::kCPU, scalarType).contiguous();
        const auto bytes = static_cast<std::uint64_t>(data.numel()) * data.element_size();
        header[name] = {{"dtype", safeTensorsDtypeName(dtype)},
                        {"shape", data.sizes().vec()},
                        {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
        converted.push_back(std::move(data));
    }
    std::string headerText = header.dump();
    headerText.append((8 - headerText.size() % 8) % 8, ' ');

    const std::filesystem::path partial = path.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(path.string() + ": cannot open for writing");
        const std::uint64_t headerBytes = headerText.size();
        out.write(reinterpret_cast<const char*>(&headerBytes), 8);
        out.write(headerText.data(), static_cast<std::streamsize>(headerText.size()));
        for (const auto& data : converted)
            out.write(static_cast<const char*>(data.data_ptr()),
                      static_cast<std::streamsize>(data.numel() * data.element_size()));
        out.flush();
        if (!out)
            throw Error(path.string() + ": write failed (disk full?)");
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error)
        throw Error(path.string() + ": cannot rename the finished file into place (" + error.message() + ")");
}

} // namespace noiseloss
