#include "bodyscanner.h"

#include <QSysInfo>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>

namespace suara::recordexport {

namespace {
constexpr int kMaxDepth = 32;
constexpr int kMaxIntegerDigits = 15; // below 2^53: QJsonDocument keeps and writes them digit for digit

// What a byte inside a string or key is, one table load instead of a chain of tests.
enum ByteClass : unsigned char { Plain, Quote, Backslash, Control, NonAscii };
constexpr std::array<ByteClass, 256> byteClasses()
{
    std::array<ByteClass, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = c < 0x20 ? Control : c >= 0x80 ? NonAscii : c == '"' ? Quote : c == '\\' ? Backslash : Plain;
    return t;
}
constexpr std::array<ByteClass, 256> kByteClass = byteClasses();

// Past a run of Plain bytes (and, in a key, not DEL), eight at a time: a word's stop mask marks its
// bytes below 0x20, at or above 0x80, '"', '\\' (or DEL). The subtractions can mark a byte after a
// marked one that is plain after all, never one before it: the lowest mark is the first byte that
// ends the run. Bytes are in memory order only on a little-endian machine; elsewhere one at a time.
template<bool Key>
const char *pastPlain(const char *p, const char *end)
{
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        const auto below = [](quint64 w, quint64 n) { return (w - ones * n) & ~w & highs; };
        while (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            quint64 stop = (w & highs) | below(w, 0x20) | below(w ^ (ones * '"'), 1) | below(w ^ (ones * '\\'), 1);
            if constexpr (Key)
                stop |= below(w ^ (ones * 0x7F), 1);
            if (stop)
                return p + qCountTrailingZeroBits(stop) / 8;
            p += 8;
        }
    }
    while (p < end && kByteClass[static_cast<unsigned char>(*p)] == Plain && (!Key || *p != 0x7F))
        ++p;
    return p;
}

bool continuation(const char *p, const char *end, int count)
{
    if (end - p < count)
        return false;
    for (int i = 0; i < count; ++i)
        if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80)
            return false;
    return true;
}

} // namespace

// One validating pass over a value; `p` advances past what it accepts, and every object's members and
// array's elements go into the body's pools.
class JsonScanner
{
public:
    JsonScanner(QByteArrayView text, JsonBody *body)
        : p(text.data())
        , end(text.data() + text.size())
        , m_body(body)
    {
    }

    bool value(JsonSpan *span, int depth)
    {
        if (p >= end)
            return false;
        const char *start = p;
        switch (*p) {
        case '"':
            return string(span);
        case '{':
            span->kind = JsonSpan::Kind::Object;
            if (depth > kMaxDepth || !object(depth, span))
                return false;
            break;
        case '[':
            span->kind = JsonSpan::Kind::Array;
            if (depth > kMaxDepth || !array(depth, span))
                return false;
            break;
        case 't':
            span->kind = JsonSpan::Kind::Literal;
            if (!literal("true"))
                return false;
            break;
        case 'f':
            span->kind = JsonSpan::Kind::Literal;
            if (!literal("false"))
                return false;
            break;
        case 'n':
            span->kind = JsonSpan::Kind::Literal;
            if (!literal("null"))
                return false;
            break;
        default:
            span->kind = JsonSpan::Kind::Integer;
            if (!integer())
                return false;
        }
        span->bytes = QByteArrayView(start, p - start);
        return true;
    }

    bool object(int depth, JsonSpan *span)
    {
        ++p; // '{'
        QVarLengthArray<JsonMember, 16> members; // the nested objects' members go to the pool first
        if (p < end && *p == '}') {
            ++p;
            return close(span, members);
        }
        QByteArrayView previous;
        for (bool first = true;; first = false) {
            if (p >= end || *p != '"')
                return false;
            const char *key = ++p;
            // Printable ASCII without escapes: Plain bytes but DEL (0x7F).
            p = pastPlain<true>(p, end);
            if (p >= end || *p != '"')
                return false;
            const QByteArrayView name(key, p - key);
            ++p;
            if ((!first && !bytesBefore(previous, name)) || p >= end || *p != ':')
                return false;
            previous = name;
            ++p;
            JsonSpan v;
            if (!value(&v, depth + 1))
                return false;
            members.append(JsonMember{name, v});
            if (p >= end)
                return false;
            if (*p == '}') {
                ++p;
                return close(span, members);
            }
            if (*p != ',')
                return false;
            ++p;
        }
    }

    bool array(int depth, JsonSpan *span)
    {
        ++p; // '['
        QVarLengthArray<JsonSpan, 16> elements;
        if (p < end && *p == ']') {
            ++p;
            return close(span, elements);
        }
        for (;;) {
            JsonSpan v;
            if (!value(&v, depth + 1))
                return false;
            elements.append(v);
            if (p >= end)
                return false;
            if (*p == ']') {
                ++p;
                return close(span, elements);
            }
            if (*p != ',')
                return false;
            ++p;
        }
    }

    const char *p;
    const char *end;

private:
    bool close(JsonSpan *span, const QVarLengthArray<JsonMember, 16> &members)
    {
        span->first = int(m_body->m_members.size());
        span->count = int(members.size());
        for (const JsonMember &m : members)
            m_body->m_members.append(m);
        return true;
    }
    bool close(JsonSpan *span, const QVarLengthArray<JsonSpan, 16> &elements)
    {
        span->first = int(m_body->m_elements.size());
        span->count = int(elements.size());
        for (const JsonSpan &e : elements)
            m_body->m_elements.append(e);
        return true;
    }

    bool literal(const char *word)
    {
        const auto n = qsizetype(std::strlen(word));
        if (end - p < n || std::memcmp(p, word, size_t(n)) != 0)
            return false;
        p += n;
        return true;
    }

    bool integer()
    {
        const bool negative = *p == '-';
        if (negative)
            ++p;
        const char *digits = p;
        if (p < end && *p == '0') {
            ++p;
            if (negative)
                return false; // -0: QJsonDocument writes 0
        } else if (p < end && *p >= '1' && *p <= '9') {
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        } else {
            return false;
        }
        if (p - digits > kMaxIntegerDigits)
            return false;
        return p >= end || (*p != '.' && *p != 'e' && *p != 'E' && !(*p >= '0' && *p <= '9'));
    }

    bool string(JsonSpan *span)
    {
        span->kind = JsonSpan::Kind::String;
        span->escaped = false;
        const char *start = ++p;
        while (p < end) {
            switch (kByteClass[static_cast<unsigned char>(*p)]) {
            case Plain:
                p = pastPlain<false>(p, end);
                break;
            case Quote:
                span->bytes = QByteArrayView(start, p - start);
                ++p;
                return true;
            case Control:
                return false;
            case Backslash:
                if (end - p < 2 || !std::strchr("\"\\bfnrt", p[1]) || p[1] == '\0')
                    return false; // \u and \/ are valid JSON that QJsonDocument never writes
                span->escaped = true;
                p += 2;
                break;
            case NonAscii:
                if (!utf8Sequence())
                    return false;
                break;
            }
        }
        return false;
    }

    // A code point Qt decodes and writes back unchanged: no overlong form, no surrogate, nothing
    // past U+10FFFF, and no noncharacter (left to the reference parser to decide on).
    bool utf8Sequence()
    {
        const auto c = static_cast<unsigned char>(*p);
        int more = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (!continuation(p + 1, end, more))
            return false;
        for (int i = 1; i <= more; ++i)
            cp = (cp << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
        const char32_t least[] = {0, 0x80, 0x800, 0x10000};
        if (cp < least[more] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF)
            || (cp & 0xFFFE) == 0xFFFE)
            return false;
        p += 1 + more;
        return true;
    }

    JsonBody *m_body;
};

void JsonSpan::appendString(std::string &out) const
{
    if (kind != Kind::String)
        return;
    if (!escaped) {
        out.append(bytes.data(), size_t(bytes.size()));
        return;
    }
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    while (p < end) {
        const char *plain = p;
        while (p < end && *p != '\\')
            ++p;
        out.append(plain, size_t(p - plain));
        if (p >= end)
            break;
        // The scanner let through only these.
        switch (p[1]) {
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        default:
            out.push_back(p[1]);
            break; // " and backslash
        }
        p += 2;
    }
}

QByteArrayView JsonSpan::raw() const
{
    return kind == Kind::String ? QByteArrayView(bytes.data() - 1, bytes.size() + 2) : bytes;
}

bool JsonBody::scan(QByteArrayView body)
{
    m_members.clear();
    m_elements.clear();
    m_top = JsonSpan();
    JsonScanner s(body, this);
    if (body.isEmpty() || body.front() != '{')
        return false;
    m_top.kind = JsonSpan::Kind::Object;
    m_top.bytes = body;
    return s.object(0, &m_top) && s.p == s.end;
}

JsonMembers JsonBody::membersOf(const JsonSpan &object) const
{
    if (object.kind != JsonSpan::Kind::Object)
        return {};
    const JsonMember *first = m_members.constData() + object.first;
    return {first, first + object.count};
}

JsonElements JsonBody::elementsOf(const JsonSpan &array) const
{
    if (array.kind != JsonSpan::Kind::Array)
        return {};
    const JsonSpan *first = m_elements.constData() + array.first;
    return {first, first + array.count};
}

JsonSpan member(JsonMembers members, QByteArrayView key)
{
    for (const JsonMember &m : members)
        if (sameBytes(m.key, key))
            return m.value;
    return {};
}

} // namespace suara::recordexport
