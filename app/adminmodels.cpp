#include "adminmodels.h"

namespace suara {

QVariant ChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChoiceRow &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.key;
    case LabelRole:
        return r.label;
    case ItemsRole:
        return r.items;
    case EnabledRole:
        return r.enabled;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChoiceModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "title"}, {ItemsRole, "items"}, {EnabledRole, "on"}};
}

bool ChoiceModel::isEnabled(const QString &key) const
{
    for (const ChoiceRow &r : m_rows) {
        if (r.key == key)
            return r.enabled;
    }
    return false;
}

QVariant UnsurModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UnsurRow &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.key;
    case LabelRole:
        return r.label;
    case AnsweredRole:
        return r.answered;
    case NrrRole:
        return r.nrr;
    case CategoryRole:
        return r.category;
    default:
        return {};
    }
}

QHash<int, QByteArray> UnsurModel::roleNames() const
{
    return {{KeyRole, "key"},
            {LabelRole, "label"},
            {AnsweredRole, "answered"},
            {NrrRole, "nrr"},
            {CategoryRole, "category"}};
}

} // namespace suara
