package coop.seedbed.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a generated client would trip over in an OpenAPI document: anything swagger-parser (the
 * reader behind the common generators) reports, and any operation without an {@code operationId}, a
 * {@code security} declaration ({@code [{}]} when anyone may call it) or a 4xx answer.
 */
public final class OpenApiChecks {

  private OpenApiChecks() {}

  public static List<String> problems(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    List<String> problems = new ArrayList<>();
    if (result.getMessages() != null) {
      problems.addAll(result.getMessages());
    }
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      problems.add("not read as OpenAPI at all");
      return problems;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        String name = entry.getKey() + " " + path.getKey();
        Operation operation = entry.getValue();
        if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
          problems.add(name + ": no operationId");
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
          // An empty list would say "no sign-in needed", but Payara's writer leaves empty lists
          // out of /openapi; [{}] says the same and survives.
          problems.add(name + ": no security declaration (use [{}] for none)");
        }
        if (operation.getResponses() == null
            || operation.getResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
          problems.add(name + ": no 4xx answer");
        }
      }
    }
    return problems;
  }
}
