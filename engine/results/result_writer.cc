#include "engine/results/result_writer.h"

#include "engine/results/csv_writer.h"
#include "engine/results/json_writer.h"
#include "engine/results/table_writer.h"
#include "engine/results/tsv_writer.h"

namespace spoke::engine {

Result<ResultFormat> ParseResultFormat(std::string_view name) {
  if (name == "table") return ResultFormat::kTable;
  if (name == "json") return ResultFormat::kJson;
  if (name == "csv") return ResultFormat::kCsv;
  if (name == "tsv") return ResultFormat::kTsv;
  return Status::InvalidArgument("unknown result format '" + std::string(name) +
                                 "': expected table, json, csv or tsv");
}

const char* ResultFormatName(ResultFormat format) {
  switch (format) {
    case ResultFormat::kTable: return "table";
    case ResultFormat::kJson: return "json";
    case ResultFormat::kCsv: return "csv";
    case ResultFormat::kTsv: return "tsv";
  }
  return "table";
}

std::unique_ptr<ResultWriter> NewResultWriter(ResultFormat format,
                                              std::ostream& out,
                                              TableOptions table_options) {
  switch (format) {
    case ResultFormat::kJson: return std::make_unique<JsonWriter>(out);
    case ResultFormat::kCsv: return std::make_unique<CsvWriter>(out);
    case ResultFormat::kTsv: return std::make_unique<TsvWriter>(out);
    case ResultFormat::kTable: break;
  }
  return std::make_unique<TableWriter>(out, std::move(table_options));
}

Status ResultWriter::StreamStatus() const {
  if (!out_) return Status::IOError("cannot write result: output stream failed");
  return Status::OK();
}

Status ResultWriter::Begin(const std::vector<std::string>& vars) {
  if (state_ != State::kFresh) {
    return Status::InvalidArgument("result writer: Begin called twice");
  }
  state_ = State::kRows;
  width_ = vars.size();
  DoBegin(vars);
  return StreamStatus();
}

Status ResultWriter::Row(const std::vector<Term>& row) {
  if (state_ != State::kRows) {
    return Status::InvalidArgument("result writer: Row outside Begin/End");
  }
  if (row.size() != width_) {
    return Status::InvalidArgument(
        "result writer: row has " + std::to_string(row.size()) +
        " values for " + std::to_string(width_) + " variables");
  }
  DoRow(row);
  return StreamStatus();
}

Status ResultWriter::End() {
  if (state_ != State::kRows) {
    return Status::InvalidArgument("result writer: End without Begin");
  }
  state_ = State::kDone;
  DoEnd();
  out_.flush();
  return StreamStatus();
}

Status ResultWriter::Boolean(bool value) {
  if (state_ != State::kFresh) {
    return Status::InvalidArgument("result writer: Boolean after Begin");
  }
  state_ = State::kDone;
  DoBoolean(value);
  out_.flush();
  return StreamStatus();
}

}  // namespace spoke::engine
