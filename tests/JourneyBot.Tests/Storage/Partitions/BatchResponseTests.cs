using System.Text;
using JourneyBot.Storage.Partitions;

namespace JourneyBot.Tests.Storage.Partitions;

/// <summary>Reading a batch answer: every part succeeded, one failed (named by its index), or nothing readable came back.</summary>
public sealed class BatchResponseTests
{
    [Fact]
    public void An_answer_whose_every_part_succeeded_is_no_failure()
    {
        var answer = Answer(Part("HTTP/1.1 204 No Content", "ETag: W/\"1\""), Part("HTTP/1.1 201 Created", "ETag: W/\"2\""));

        Assert.Null(BatchResponse.FirstFailure(answer));
    }

    [Fact]
    public void A_failed_part_gives_its_status_code_and_the_index_at_the_start_of_its_message()
    {
        var error = """{"odata.error":{"code":"UpdateConditionNotSatisfied","message":{"lang":"en-US","value":"3:The update condition specified in the request was not satisfied.\nRequestId:x"}}}""";
        var answer = Answer(Part("HTTP/1.1 412 Precondition Failed", "Content-Type: application/json", "", error));

        var failure = BatchResponse.FirstFailure(answer);

        Assert.Equal(new BatchFailure(412, "UpdateConditionNotSatisfied", "3:The update condition specified in the request was not satisfied.\nRequestId:x", 3), failure);
    }

    [Fact]
    public void A_failure_of_the_first_action_is_index_0()
    {
        var error = """{"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"0:The specified entity already exists."}}}""";

        var failure = BatchResponse.FirstFailure(Answer(Part("HTTP/1.1 409 Conflict", "", error)));

        Assert.Equal((409, "EntityAlreadyExists", (int?)0), failure is { } refused ? (refused.Status, refused.ErrorCode, refused.Index) : default);
    }

    [Fact]
    public void A_failure_without_an_index_names_no_action()
    {
        var answer = Answer(Part("HTTP/1.1 404 Not Found", "", """{"odata.error":{"code":"TableNotFound","message":{"value":"The table specified does not exist."}}}"""));

        Assert.Equal((404, "TableNotFound", (int?)null), BatchResponse.FirstFailure(answer) is { } failure ? (failure.Status, failure.ErrorCode, failure.Index) : default);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--batchresponse_1--\r\n")]
    [InlineData("--batchresponse_1\r\nHTTP/1.1 ")]
    public void An_answer_with_no_readable_response_is_a_failure_never_a_success(string answer)
    {
        var failure = BatchResponse.FirstFailure(Encoding.UTF8.GetBytes(answer));

        Assert.Equal(502, failure?.Status);
    }

    private static byte[] Answer(params string[] parts) => Encoding.UTF8.GetBytes(
        "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_1\r\n\r\n"
        + string.Concat(parts.Select(part => "--changesetresponse_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" + part + "\r\n"))
        + "--changesetresponse_1--\r\n--batchresponse_1--\r\n");

    private static string Part(params string[] lines) => string.Join("\r\n", lines.Append(string.Empty));
}
