// The CSV that suara-ikm reads (an export, or a spreadsheet a unit made by hand).
#include "fuzztarget.h"

#include "scoring/ikmcsv.h"

using namespace suara::scoring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList errors;
    (void)readIkmCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &errors);
    return 0;
}
