// Test-only shim: real public names of AWSSDK.SimpleNotificationService 4.x (namespaces, types, properties), no behaviour.
using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.SimpleNotificationService
{
    public class AmazonSimpleNotificationServiceRequest : AmazonWebServiceRequest { }
}

namespace Amazon.SimpleNotificationService.Model
{
    public class SetTopicAttributesRequest : AmazonSimpleNotificationServiceRequest { public string TopicArn { get; set; } = null!; public string AttributeName { get; set; } = null!; public string AttributeValue { get; set; } = null!; }
    public class CreateTopicRequest : AmazonSimpleNotificationServiceRequest { public string Name { get; set; } = null!; public Dictionary<string, string> Attributes { get; set; } = null!; }
}
