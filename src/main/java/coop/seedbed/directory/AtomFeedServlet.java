package coop.seedbed.directory;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /feeds/organisations.atom}: newly published listings, for feed readers. */
@WebServlet("/feeds/organisations.atom")
public class AtomFeedServlet extends HttpServlet {

  @Inject OpenData openData;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/atom+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    openData.writeAtom(response.getOutputStream());
  }
}
