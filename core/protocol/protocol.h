#pragma once

// Constants of the wire protocol, version 1 (docs/protocol.md). Clients and the server read them from
// here so a limit or a header name is spelled in exactly one place.
namespace suara::protocol {

inline constexpr int kVersion = 1;
inline constexpr char kBasePath[] = "/api/v1";

inline constexpr char kProtocolHeader[] = "X-Suara-Protocol";
inline constexpr char kProtocolHeaderValue[] = "1";
inline constexpr char kDeviceTimeHeader[] = "X-Suara-Device-Time";
inline constexpr char kJsonContentType[] = "application/json";
inline constexpr char kBundleContentType[] = "application/vnd.suara.bundle";

// Default limits (§1 Sizes). The server may be configured otherwise; clients stay below them.
inline constexpr long long kMaxBodyBytes = 1LL << 20; // as sent, compressed or not
inline constexpr long long kMaxDecompressedBytes = 8LL << 20; // after Content-Encoding: gzip
inline constexpr long long kMaxBundleBytes = 32LL << 20; // POST /bundles (a whole offline period)
inline constexpr long long kMaxBundleDecompressedBytes = 256LL << 20;
inline constexpr int kMaxBatchRecords = 500;
inline constexpr int kRecommendedBatchRecords = 200;

// §5.4: more than this between the device clock and the server's raises clock_skew.
inline constexpr int kClockSkewLimitSeconds = 300;

} // namespace suara::protocol
