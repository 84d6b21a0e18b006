#pragma once
// Data files compiled into the binary (see extract/CMakeLists.txt and
// cmake/embed.cmake): NHS reference data and the lexicons.
#include <string_view>

namespace cg::embedded {

std::string_view trusts_csv();
std::string_view ccgs_csv();
std::string_view stps_csv();
std::string_view trust_sites_csv();
std::string_view vanguards_csv();
std::string_view name_history_csv();
std::string_view national_bodies_tsv();
std::string_view organisations_tsv();
std::string_view care_models_tsv();
std::string_view policies_tsv();
std::string_view places_tsv();
std::string_view towns_tsv();
std::string_view people_tsv();
std::string_view first_names_txt();
std::string_view cues_tsv();
std::string_view org_heads_tsv();

}  // namespace cg::embedded
