#include "BlockSealer.h"

#include <openssl/evp.h>

#include <array>

namespace cmcsim {

namespace {
std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> newContext() {
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> c(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(c.get(), EVP_sha256(), nullptr);
    return c;
}

// The first `hexDigits` hex digits of the digest `context` holds; resets it for the next one.
std::string takeHex(EVP_MD_CTX* context, std::size_t hexDigits) {
    static constexpr std::array<char, 16> kHex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    std::string hex;
    for (unsigned int i = 0; i < length && hex.size() < hexDigits; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0xf];
    }
    return hex;
}
}  // namespace

BlockSealer::BlockSealer(std::string table, std::int64_t blockRows, std::size_t keptHexDigits,
                         std::size_t chainedHexDigits)
    : keptHex_(keptHexDigits),
      chainedHex_(chainedHexDigits),
      block_(newContext()),
      whole_(newContext()) {
    digest_.table = std::move(table);
    digest_.rows = 0;
    digest_.blockRows = blockRows;
}

BlockSealer::BlockSealer(std::string table)
    : BlockSealer(std::move(table), AttemptDigest::kBlockRows, AttemptDigest::kBlockHexDigits,
                  AttemptDigest::kBlockHexDigits) {}

BlockSealer::~BlockSealer() = default;
BlockSealer::BlockSealer(BlockSealer&&) noexcept = default;
BlockSealer& BlockSealer::operator=(BlockSealer&&) noexcept = default;

void BlockSealer::endRow(std::string_view buffer) {
    if (++digest_.rows % digest_.blockRows != 0) return;
    flush(buffer);
    pending_ = buffer.size();
    closeBlock();
}

void BlockSealer::flush(std::string_view buffer) {
    if (buffer.size() > pending_)
        EVP_DigestUpdate(block_.get(), buffer.data() + pending_, buffer.size() - pending_);
    pending_ = 0;
}

void BlockSealer::closeBlock() {
    auto hex = takeHex(block_.get(), chainedHex_);
    EVP_DigestUpdate(whole_.get(), hex.data(), hex.size());
    hex.resize(keptHex_);
    digest_.blocks.push_back(std::move(hex));
}

TableDigest BlockSealer::finish() {
    if (digest_.rows % digest_.blockRows != 0) closeBlock();
    const auto count = std::to_string(digest_.rows);
    EVP_DigestUpdate(whole_.get(), count.data(), count.size());
    digest_.digest = takeHex(whole_.get(), 64);
    return std::move(digest_);
}

std::string BlockSealer::sha256(std::string_view bytes, std::size_t hexDigits) {
    auto context = newContext();
    EVP_DigestUpdate(context.get(), bytes.data(), bytes.size());
    return takeHex(context.get(), hexDigits);
}

}  // namespace cmcsim
