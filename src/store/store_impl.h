// Internal to the store: the state behind dyad::Store.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include "dyad/store.h"
#include "store/sqlite_db.h"

namespace dyad {

struct Store::Impl {
  store::Db db;
  store::Statement find_article, insert_article, insert_event, insert_quote, insert_place,
      insert_date, insert_actor, insert_failure;

  [[nodiscard]] Status Prepare();
  // SQL functions the queries use: dyad_km(lat1, lon1, lat2, lon2).
  [[nodiscard]] Status RegisterFunctions();
  [[nodiscard]] Status AddEvents(int64_t article, const Article& a);
  [[nodiscard]] Status AddAnnotations(int64_t article, const Article& a);
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_IMPL_H_
