#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

#include <algorithm>
#include <string>

namespace suara::recordexport {

// One row of cells as UTF-8 bytes, refilled for every record: the cells are spans of one buffer that
// keeps its capacity, so a million rows allocate nothing after the first. Cells may be set in any order.
class CellRow
{
public:
    void reset(int columns)
    {
        m_bytes.clear(); // keeps its capacity
        m_cells.resize(columns);
        std::fill(m_cells.begin(), m_cells.end(), Span{});
    }
    [[nodiscard]] int size() const { return int(m_cells.size()); }
    // The bytes of all cells together.
    [[nodiscard]] qsizetype bytes() const { return qsizetype(m_bytes.size()); }
    [[nodiscard]] QByteArrayView cell(int column) const
    {
        const Span s = m_cells.at(column);
        return QByteArrayView(m_bytes.data() + s.begin, s.size);
    }

    void set(int column, QByteArrayView bytes)
    {
        begin(column);
        m_bytes.append(bytes.data(), size_t(bytes.size()));
        end(column);
    }
    // Writing a cell piece by piece: begin(c), append to buffer(), end(c).
    void begin(int column) { m_cells[column].begin = qsizetype(m_bytes.size()); }
    [[nodiscard]] std::string &buffer() { return m_bytes; }
    void end(int column) { m_cells[column].size = qsizetype(m_bytes.size()) - m_cells[column].begin; }

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype size = 0;
    };
    std::string m_bytes; // std::string: appending a few bytes is inline, QByteArray's goes through insert()
    QVarLengthArray<Span, 64> m_cells;
};

} // namespace suara::recordexport
