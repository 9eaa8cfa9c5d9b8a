#pragma once

#include "storeerror.h"

#include <QtGlobal>
#include <optional>
#include <utility>

namespace suara {

// A value read from the store, or the reason it could not be read. C++20 has no std::expected; this is
// the small part of it the store needs. A failed read is never an empty list or a fallback value: the
// caller has to look at ok() before it can use the value.
template<typename T>
class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value) // NOLINT(google-explicit-constructor): `return list;` reads naturally
        : m_value(std::move(value))
    {
    }
    StoreResult(StoreError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
        // An error without a kind would read as success to a caller that checks error().ok().
        if (m_error.ok())
            m_error = StoreError::make(StoreError::Kind::Other, QStringLiteral("a read failed without a reason"));
    }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    [[nodiscard]] const StoreError &error() const { return m_error; }

    // Like std::expected::value(): using the value of a failed read is a bug in the caller, so it
    // stops the program with the store's message instead of carrying on with a made-up value.
    [[nodiscard]] const T &value() const &
    {
        if (!m_value)
            qFatal("a failed store read was used as a value: %s", qPrintable(m_error.message));
        return *m_value;
    }
    // By value, so `for (auto &r : store.records().value())` does not iterate a destroyed temporary.
    [[nodiscard]] T value() &&
    {
        if (!m_value)
            qFatal("a failed store read was used as a value: %s", qPrintable(m_error.message));
        return std::move(*m_value);
    }
    [[nodiscard]] const T *operator->() const { return &value(); }
    [[nodiscard]] const T &operator*() const { return value(); }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

// The first failure among several reads, or ok() when all of them worked.
template<typename... Ts>
[[nodiscard]] StoreError firstError(const StoreResult<Ts> &...results)
{
    StoreError out;
    ((out = out.ok() && !results.ok() ? results.error() : out), ...);
    return out;
}

} // namespace suara
