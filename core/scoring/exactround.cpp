#include "exactround.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace suara::scoring {

namespace {
// Just enough of an unsigned big integer for the check: multiply by a 64-bit word, add, compare.
class BigUint
{
public:
    explicit BigUint(std::uint64_t v = 0)
    {
        for (; v != 0; v >>= 32)
            m_limbs.push_back(static_cast<std::uint32_t>(v));
    }

    BigUint &operator*=(std::uint64_t m)
    {
        unsigned __int128 carry = 0;
        for (std::uint32_t &limb : m_limbs) {
            carry += static_cast<unsigned __int128>(limb) * m;
            limb = static_cast<std::uint32_t>(carry);
            carry >>= 32;
        }
        for (; carry != 0; carry >>= 32)
            m_limbs.push_back(static_cast<std::uint32_t>(carry));
        trim();
        return *this;
    }

    BigUint &operator+=(const BigUint &other)
    {
        if (other.m_limbs.size() > m_limbs.size())
            m_limbs.resize(other.m_limbs.size(), 0);
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < m_limbs.size(); ++i) {
            carry += m_limbs[i];
            if (i < other.m_limbs.size())
                carry += other.m_limbs[i];
            m_limbs[i] = static_cast<std::uint32_t>(carry);
            carry >>= 32;
        }
        if (carry != 0)
            m_limbs.push_back(static_cast<std::uint32_t>(carry));
        return *this;
    }

    [[nodiscard]] friend BigUint operator*(BigUint a, std::uint64_t m) { return a *= m; }

    [[nodiscard]] friend bool operator<(const BigUint &a, const BigUint &b)
    {
        if (a.m_limbs.size() != b.m_limbs.size())
            return a.m_limbs.size() < b.m_limbs.size();
        for (std::size_t i = a.m_limbs.size(); i-- > 0;) {
            if (a.m_limbs[i] != b.m_limbs[i])
                return a.m_limbs[i] < b.m_limbs[i];
        }
        return false;
    }

private:
    void trim()
    {
        while (!m_limbs.empty() && m_limbs.back() == 0)
            m_limbs.pop_back();
    }

    std::vector<std::uint32_t> m_limbs; // little-endian; empty is zero
};

std::uint64_t u64(qint64 v)
{
    return v < 0 ? 0 : static_cast<std::uint64_t>(v);
}
} // namespace

long double approximateSum(const QList<Ratio> &terms, Ratio factor)
{
    long double sum = 0;
    for (const Ratio &t : terms)
        sum += static_cast<long double>(t.num) / static_cast<long double>(t.den);
    return sum * static_cast<long double>(factor.num) / static_cast<long double>(factor.den);
}

qint64 roundHalfUpExact(const QList<Ratio> &terms, Ratio factor)
{
    const auto invalid = [](const Ratio &r) { return r.num < 0 || r.den <= 0; };
    if (invalid(factor) || std::any_of(terms.begin(), terms.end(), invalid))
        return 0; // not a value; callers only pass counts of answers
    // value = P / Q with Q = factor.den × Π den_i and P = factor.num × Σ num_i × Π_{j≠i} den_j.
    BigUint q(u64(factor.den));
    for (const Ratio &t : terms)
        q *= u64(t.den);
    BigUint p;
    for (int i = 0; i < terms.size(); ++i) {
        BigUint term(u64(terms[i].num));
        for (int j = 0; j < terms.size(); ++j) {
            if (j != i)
                term *= u64(terms[j].den);
        }
        p += term;
    }
    p *= u64(factor.num);
    const BigUint twoP = p * 2;

    // r is the rounded value exactly when r - 1/2 <= P/Q < r + 1/2, i.e. (2r-1) Q <= 2P < (2r+1) Q.
    const auto tooHigh = [&](qint64 r) { return r > 0 && twoP < q * u64(2 * r - 1); };
    const auto tooLow = [&](qint64 r) { return !(twoP < q * u64(2 * r + 1)); };
    qint64 r = std::max<qint64>(0, static_cast<qint64>(std::floor(approximateSum(terms, factor) + 0.5L)));
    while (tooHigh(r))
        --r;
    while (tooLow(r))
        ++r;
    return r;
}

} // namespace suara::scoring
