#include "choicefieldmodel.h"

namespace suara {

QVariant ChoiceFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != FieldRole)
        return {};
    return QVariant::fromValue(m_rows.at(index.row()));
}

QHash<int, QByteArray> ChoiceFieldModel::roleNames() const
{
    return {{FieldRole, "field"}};
}

} // namespace suara
