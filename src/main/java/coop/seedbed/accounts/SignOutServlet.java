package coop.seedbed.accounts;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Signing out is a POST (protected by the anti-forgery token), so no link or image can do it. */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Sessions.signOut(request);
    response.sendRedirect("/");
  }
}
