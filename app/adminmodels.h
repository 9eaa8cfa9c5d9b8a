#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace suara {

// Rows with a key, for the admin screens. When the new rows have the same keys in the same order (a
// toggle, a new visit, a language switch) only the changed rows are signalled, so QML keeps its
// delegates, and a toggle's handler is never running in a delegate that was just destroyed.
template<typename Row>
class KeyedRows : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    void setRows(const QList<Row> &rows)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = rows.at(i).key == m_rows.at(i).key;
        if (!sameKeys) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            emitCount();
            return;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == m_rows.at(i))
                continue;
            m_rows[i] = rows.at(i);
            emit dataChanged(index(int(i)), index(int(i)));
        }
    }

protected:
    virtual void emitCount() = 0;
    QList<Row> m_rows;
};

struct ChoiceRow
{
    QString key;
    QString label;
    int items = 0; // questionnaires: how many questions
    bool enabled = false;
    bool operator==(const ChoiceRow &) const = default;
};

// What the admin switches on and off: the services of the unit's profile, or the questionnaires.
class ChoiceModel : public KeyedRows<ChoiceRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the kiosk's settings own it")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, ItemsRole, EnabledRole };
    using KeyedRows::KeyedRows;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Whether the row with this key is on (false for a key that is not listed).
    Q_INVOKABLE bool isEnabled(const QString &key) const;

signals:
    void countChanged();

private:
    void emitCount() override { emit countChanged(); }
};

struct UnsurRow
{
    QString key;
    QString label;
    qint64 answered = 0;
    double nrr = 0;
    QString category; // A..D, empty when nobody answered
    bool operator==(const UnsurRow &) const = default;
};

// The nine SKM unsur of the admin summary: answers, average score and grade of each.
class UnsurModel : public KeyedRows<UnsurRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the summary owns it")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, AnsweredRole, NrrRole, CategoryRole };
    using KeyedRows::KeyedRows;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    void emitCount() override { emit countChanged(); }
};

} // namespace suara
