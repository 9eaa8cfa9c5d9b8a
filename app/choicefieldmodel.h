#pragma once

#include "adminmodels.h"
#include "screenvalues.h"

namespace suara {

// The profile's or the report's questions as rows for the page's Repeater, one role `field` (the whole
// typed ChoiceField, so qmllint still checks what the page reads). A language switch keeps the keys and
// changes the words, so the rows change in place and the page keeps its ChoiceGroups: re-created ones,
// replaced while the page's layout was polishing, crashed Qt 6.4's layouts in their teardown (issue 10).
class ChoiceFieldModel : public KeyedRows<ChoiceField>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the survey session owns it")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { FieldRole = Qt::UserRole + 1 };
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
