#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

#include <algorithm>
#include <string>

namespace suara::recordexport {

// One JSON value inside a stored record body: where its bytes are (no copy) and what it is.
struct JsonSpan
{
    enum class Kind : char { Missing, String, Integer, Object, Array, Literal };
    // (In this order the span is 32 bytes, not 40: the scanner copies every one of them twice.)
    // The value as written. A String without its quotes, its escapes left in; Literal is true/false/null.
    QByteArrayView bytes;
    int first = 0; // Object / Array: where its members / elements start in the JsonBody
    int count = 0; // and how many
    Kind kind = Kind::Missing;
    bool escaped = false; // a String holding backslash escapes

    [[nodiscard]] bool is(Kind k) const { return kind == k; }
    // The text of a String with its escapes undone, appended (UTF-8); nothing for any other kind.
    void appendString(std::string &out) const;
    // The whole value as it stands in the body (a String with its quotes): what a compact
    // re-serialisation of a canonical value writes.
    [[nodiscard]] QByteArrayView raw() const;
};

struct JsonMember
{
    QByteArrayView key;
    JsonSpan value;
};

// A run of members or elements inside a JsonBody.
template<typename T>
struct JsonRange
{
    const T *first = nullptr;
    const T *last = nullptr;
    [[nodiscard]] const T *begin() const { return first; }
    [[nodiscard]] const T *end() const { return last; }
    [[nodiscard]] qsizetype size() const { return last - first; }
    [[nodiscard]] bool isEmpty() const { return first == last; }
    [[nodiscard]] const T &at(qsizetype i) const { return first[i]; }
};
using JsonMembers = JsonRange<JsonMember>;
using JsonElements = JsonRange<JsonSpan>;

// The stored body is written once by the device with QJsonDocument::toJson(Compact) (docs/protocol.md
// §2.1), but the server does not enforce that form. A JsonBody reads a JSON object only when it is
// exactly in that form, so that the bytes of any part of it are what QJsonDocument would write for it:
// no whitespace, keys printable ASCII without escapes and strictly ascending, strings valid UTF-8 with
// only the escapes Qt writes (\" \\ \b \f \n \r \t), integers of at most 15 digits without a sign on
// zero, no fraction or exponent, nesting at most 32 deep. Anything else is "not canonical" and the
// caller parses it with QJsonDocument instead (the reference path, see RecordColumns): the scanner is
// a fast path, never a second definition of what a body means.
//
// One validating pass keeps the members of every object and the elements of every array, so reading
// nested values never scans again. Reused from record to record, it keeps its capacity.
class JsonBody
{
public:
    // false when `body` is not a canonical JSON object; the spans point into `body`, which must outlive
    // every use of them.
    [[nodiscard]] bool scan(QByteArrayView body);
    [[nodiscard]] JsonMembers top() const { return membersOf(m_top); }
    // The members of an Object span of this body (none for any other kind).
    [[nodiscard]] JsonMembers membersOf(const JsonSpan &object) const;
    // The elements of an Array span of this body (none for any other kind).
    [[nodiscard]] JsonElements elementsOf(const JsonSpan &array) const;

private:
    friend class JsonScanner;
    JsonSpan m_top;
    QVarLengthArray<JsonMember, 64> m_members;
    QVarLengthArray<JsonSpan, 16> m_elements;
};

// Byte comparisons of keys and short values. They are a few bytes long: a plain loop the compiler
// inlines beats a call to memcmp.
[[nodiscard]] inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.data()[i] != b.data()[i])
            return false;
    return true;
}
// Byte order, which is QJsonObject's key order for printable ASCII keys.
[[nodiscard]] inline bool bytesBefore(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        if (a.data()[i] != b.data()[i])
            return static_cast<unsigned char>(a.data()[i]) < static_cast<unsigned char>(b.data()[i]);
    return a.size() < b.size();
}
// A literal's bytes with their length known when compiling (QByteArrayView's own char-array
// constructor looks for the terminating NUL at run time, on every row).
template<size_t N>
[[nodiscard]] constexpr QByteArrayView literal(const char (&text)[N])
{
    return QByteArrayView(text, qsizetype(N - 1));
}

// The member named `key` (a Missing span when there is none). Objects are small: a linear search.
[[nodiscard]] JsonSpan member(JsonMembers members, QByteArrayView key);
template<size_t N>
[[nodiscard]] JsonSpan member(JsonMembers members, const char (&key)[N])
{
    return member(members, literal(key));
}

} // namespace suara::recordexport
